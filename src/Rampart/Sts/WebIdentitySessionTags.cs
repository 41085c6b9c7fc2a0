using System.Text.Json;
using Rampart.Iam.Federation;

namespace Rampart.Sts;

/// <summary>Session tags an OIDC provider passes in the token's "https://aws.amazon.com/tags" claim:
/// principal_tags (each a one-value array) and transitive_tag_keys.</summary>
public static class WebIdentitySessionTags
{
    public const string Claim = "https://aws.amazon.com/tags";

    public static SessionTags.Requested Read(WebIdentityToken token)
    {
        if (!token.Claims.TryGetProperty(Claim, out var claim))
        {
            return new SessionTags.Requested(new Dictionary<string, string>(), []);
        }
        if (claim.ValueKind != JsonValueKind.Object)
        {
            throw Malformed();
        }
        var tags = new List<Iam.Common.IamTag>();
        if (claim.TryGetProperty("principal_tags", out var principalTags))
        {
            if (principalTags.ValueKind != JsonValueKind.Object)
            {
                throw Malformed();
            }
            foreach (var tag in principalTags.EnumerateObject())
            {
                var value = tag.Value.ValueKind == JsonValueKind.Array && tag.Value.GetArrayLength() == 1 && tag.Value[0].ValueKind == JsonValueKind.String
                    ? tag.Value[0].GetString()!
                    : throw Malformed();
                tags.Add(new Iam.Common.IamTag(tag.Name, value));
            }
        }
        var transitive = new List<string>();
        if (claim.TryGetProperty("transitive_tag_keys", out var keys))
        {
            if (keys.ValueKind != JsonValueKind.Array || keys.EnumerateArray().Any(k => k.ValueKind != JsonValueKind.String))
            {
                throw Malformed();
            }
            transitive.AddRange(keys.EnumerateArray().Select(k => k.GetString()!));
        }
        return SessionTags.Check(tags, transitive);
    }

    private static Protocol.AwsException Malformed() =>
        FederationErrors.InvalidIdentityToken($"The {Claim} claim must hold principal_tags (each a one-value array) and transitive_tag_keys.");
}
