using System.Buffers.Text;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Rampart.Identity;
using Rampart.Policy;
using Rampart.Storage.Secrets;

namespace Rampart.Sts;

/// <summary>The encoded authorization message some AWS services (EC2 among them) put in an AccessDenied, and
/// sts:DecodeAuthorizationMessage turns back into the JSON AWS documents: allowed, explicitDeny, matchedStatements,
/// failures, and the context (principal, action, resource, conditions). The message is compressed and sealed under
/// the master key, bound to the caller's account: nobody can read it without calling DecodeAuthorizationMessage in
/// that account, nor forge one. A service that answers denials this way calls <see cref="Encode"/> with the
/// request its enforcement point evaluated.</summary>
public sealed class AuthorizationMessages(SecretProtector secrets)
{
    public string Encode(AuthorizationRequest request, Principal caller)
    {
        var explanation = PolicyEvaluator.Explain(request);
        var message = new JsonObject
        {
            ["allowed"] = explanation.Decision == Decision.Allowed,
            ["explicitDeny"] = explanation.Decision == Decision.ExplicitDeny,
            ["matchedStatements"] = Items(explanation.MatchedStatements.Select(statement => (JsonNode)new JsonObject
            {
                ["statementId"] = statement.Sid ?? "",
                ["effect"] = statement.Effect == Effect.Deny ? "DENY" : "ALLOW",
                ["policyType"] = statement.PolicyType.ToString(),
                ["policyName"] = statement.PolicyName,
                ["principals"] = Values([caller.UserId]),
                ["principalGroups"] = Items([]),
                ["actions"] = Values([request.Action]),
                ["resources"] = Values([request.Resource]),
                ["conditions"] = Items([]),
            })),
            ["failures"] = Items([]),
            ["context"] = new JsonObject
            {
                ["principal"] = new JsonObject
                {
                    ["id"] = caller.UserId,
                    ["name"] = caller.UserName ?? caller.Arn[(caller.Arn.LastIndexOf('/') + 1)..],
                    ["arn"] = caller.Arn,
                },
                ["action"] = request.Action,
                ["resource"] = request.Resource,
                ["conditions"] = Items(request.Context.Keys.Order(StringComparer.Ordinal).Select(key =>
                {
                    request.Context.TryGetValue(key, out var value);
                    return (JsonNode)new JsonObject
                    {
                        ["key"] = key,
                        ["values"] = Values(Enumerable.Range(0, value.Count).Select(i => value[i])),
                    };
                })),
            },
        };
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(message.ToJsonString()));
        }
        return Base64Url.EncodeToString(secrets.Protect(compressed.ToArray(), AssociatedData(caller.AccountId)));
    }

    /// <summary>The message's JSON, or null when it was not made by <see cref="Encode"/> for this account.</summary>
    public string? Decode(string encoded, string accountId)
    {
        try
        {
            var compressed = secrets.Unprotect(Base64Url.DecodeFromChars(encoded), AssociatedData(accountId));
            using var deflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var reader = new StreamReader(deflate, Encoding.UTF8);
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is FormatException or SecretUnprotectException or InvalidDataException)
        {
            return null;
        }
    }

    private static JsonObject Items(IEnumerable<JsonNode> items) => new() { ["items"] = new JsonArray([.. items]) };

    private static JsonObject Values(IEnumerable<string> values) =>
        Items(values.Select(value => (JsonNode)new JsonObject { ["value"] = value }));

    private static byte[] AssociatedData(string accountId) => Encoding.UTF8.GetBytes("authorization-message:" + accountId);
}
