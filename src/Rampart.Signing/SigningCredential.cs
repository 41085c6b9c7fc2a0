using System.Text;

namespace Rampart.Signing;

/// <summary>An access key as the verifier needs it. Its text form never shows the secret or the session token.</summary>
/// <param name="Principal">Whatever the host attaches to the key (the user, role session, ...); handed back on success.</param>
public sealed record SigningCredential(string AccessKeyId, string SecretAccessKey, object Principal)
{
    /// <summary>False for a deactivated key: AWS refuses it as an invalid token.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>When a temporary credential stops working; null for long-term keys.</summary>
    public DateTimeOffset? Expiration { get; init; }

    /// <summary>The session token a temporary credential must be presented with (X-Amz-Security-Token);
    /// null for long-term keys, which must then come without one. Compared in constant time.</summary>
    public string? SessionToken { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AccessKeyId = ").Append(AccessKeyId)
            .Append(", Principal = ").Append(Principal)
            .Append(", IsActive = ").Append(IsActive)
            .Append(", Expiration = ").Append(Expiration)
            .Append(", Temporary = ").Append(SessionToken is not null);
        return true;
    }
}
