using System.Text;
using Rampart.Kms.Common;
using Rampart.Kms.Keys;

namespace Rampart.Kms.Grants;

/// <summary>Grant tokens: opaque to callers, naming the key and the grant so that a request carrying one is
/// authorized with that grant at once. They are not secrets (AWS's are not either): a grant only ever allows its
/// own grantee.</summary>
public static class GrantToken
{
    private const string Version = "rampart-grant-1";

    public static string For(string keyArn, string grantId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Version}|{keyArn}|{grantId}"));

    /// <summary>The key ARN and grant ID a token names; InvalidGrantTokenException for anything else.</summary>
    public static (string KeyArn, string GrantId) Read(string token)
    {
        var bytes = new byte[token.Length];
        if (!Convert.TryFromBase64String(token, bytes, out var written))
        {
            throw KmsErrors.InvalidGrantToken();
        }
        var parts = Encoding.UTF8.GetString(bytes, 0, written).Split('|');
        return parts.Length == 3 && parts[0] == Version && parts[1].StartsWith("arn:aws:kms:", StringComparison.Ordinal)
            && GrantIds.IsValid(parts[2])
            ? (parts[1], parts[2])
            : throw KmsErrors.InvalidGrantToken();
    }

    /// <summary>Checks every token of a request (up to 10, as AWS allows).</summary>
    public static IReadOnlyList<(string KeyArn, string GrantId)> ReadAll(IReadOnlyList<string>? tokens)
    {
        if (tokens is null || tokens.Count == 0)
        {
            return [];
        }
        if (tokens.Count > 10)
        {
            throw KmsErrors.Validation("1 validation error detected: Value at 'grantTokens' failed to satisfy constraint: Member must have length less than or equal to 10");
        }
        return [.. tokens.Select(Read)];
    }
}
