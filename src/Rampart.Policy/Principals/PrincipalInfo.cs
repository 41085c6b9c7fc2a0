namespace Rampart.Policy;

/// <summary>The caller of a request.</summary>
/// <param name="Arn">The caller's ARN: a user ARN, an assumed-role session ARN, a federated-user ARN, the root ARN,
/// a service principal name, an identity provider (web identity / SAML), or "*" for anonymous.</param>
/// <param name="AccountId">The caller's account; null for anonymous, service and identity-provider callers.</param>
/// <param name="RoleArn">For role sessions, the ARN of the role (with its path when known).</param>
/// <param name="UserId">The unique ID reported as <c>aws:userid</c> (e.g. <c>AIDA...</c> or <c>AROA...:session</c>).</param>
public sealed record PrincipalInfo(string Arn, PrincipalType Type, string? AccountId, string? RoleArn = null, string? UserId = null)
{
    public static PrincipalInfo Anonymous { get; } = new("*", PrincipalType.Anonymous, null);

    /// <summary>Whether the caller is an IAM identity whose own policies (identity, boundary, session) count.</summary>
    public bool IsIamIdentity => Type is PrincipalType.Root or PrincipalType.User or PrincipalType.AssumedRole or PrincipalType.FederatedUser;

    /// <summary>Whether the caller is a session of a service-linked role: IAM creates those under the path
    /// <c>/aws-service-role/</c> with names beginning <c>AWSServiceRoleFor</c>, and a session ARN carries only the name.</summary>
    public bool IsServiceLinkedRole
    {
        get
        {
            if (Type != PrincipalType.AssumedRole || RoleArn is null)
            {
                return false;
            }
            var roleArn = RoleArn.AsSpan();
            var name = roleArn[(roleArn.LastIndexOf('/') + 1)..];
            return roleArn.Contains(":role/aws-service-role/", StringComparison.Ordinal)
                || name.StartsWith(ServiceLinkedRoleNamePrefix, StringComparison.Ordinal);
        }
    }

    private const string ServiceLinkedRoleNamePrefix = "AWSServiceRoleFor";

    /// <summary>The identity providers a role trust policy names as <c>"Federated"</c> without an ARN (IAM: "Principal"
    /// element, OIDC principals); Amazon Cognito's is one of them, not a service principal.</summary>
    private static readonly string[] WebIdentityProviders = ["cognito-identity.amazonaws.com", "accounts.google.com", "graph.facebook.com", "www.amazon.com"];

    /// <summary>Derives the principal from its ARN alone: "*" is anonymous, an OIDC provider ARN or a well-known web
    /// identity provider (Cognito, Google, Facebook, Login with Amazon) is a web-identity caller, a SAML provider ARN a
    /// SAML caller, any other name ending in ".amazonaws.com" a service principal, and IAM/STS ARNs give root, user, role session or federated user. A role session's role ARN is
    /// reconstructed without a path, because the session ARN does not carry it.</summary>
    /// <exception cref="ArgumentException">The text is none of these.</exception>
    public static PrincipalInfo FromArn(string arn, string? userId = null)
    {
        ArgumentNullException.ThrowIfNull(arn);
        if (arn == "*")
        {
            return Anonymous;
        }
        if (!arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            if (Array.Exists(WebIdentityProviders, provider => provider.Equals(arn, StringComparison.OrdinalIgnoreCase)))
            {
                return new PrincipalInfo(arn, PrincipalType.WebIdentity, null, null, userId);
            }
            if (arn.EndsWith(".amazonaws.com", StringComparison.OrdinalIgnoreCase) || arn.EndsWith(".amazonaws.com.cn", StringComparison.OrdinalIgnoreCase))
            {
                return new PrincipalInfo(arn, PrincipalType.Service, null, null, userId);
            }
            throw new ArgumentException($"Principal '{arn}' is not an ARN, \"*\" or a service principal.", nameof(arn));
        }
        var parts = arn.Split(':', 6);
        if (parts.Length != 6)
        {
            throw new ArgumentException($"Principal '{arn}' is not a valid ARN.", nameof(arn));
        }
        var (partition, service, account, resource) = (parts[1], parts[2], parts[4], parts[5]);
        if (service == "iam" && resource == "root")
        {
            return new PrincipalInfo(arn, PrincipalType.Root, account, null, userId ?? account);
        }
        if (service == "iam" && resource.StartsWith("user/", StringComparison.Ordinal))
        {
            return new PrincipalInfo(arn, PrincipalType.User, account, null, userId);
        }
        if (service == "iam" && resource.StartsWith("saml-provider/", StringComparison.Ordinal))
        {
            return new PrincipalInfo(arn, PrincipalType.Saml, null, null, userId);
        }
        if (service == "iam" && resource.StartsWith("oidc-provider/", StringComparison.Ordinal))
        {
            return new PrincipalInfo(arn, PrincipalType.WebIdentity, null, null, userId);
        }
        if (service == "sts" && resource.StartsWith("assumed-role/", StringComparison.Ordinal))
        {
            var names = resource.Split('/');
            if (names.Length != 3 || names[1].Length == 0 || names[2].Length == 0)
            {
                throw new ArgumentException($"Principal '{arn}' is not a valid assumed-role ARN.", nameof(arn));
            }
            return new PrincipalInfo(arn, PrincipalType.AssumedRole, account, $"arn:{partition}:iam::{account}:role/{names[1]}", userId);
        }
        if (service == "sts" && resource.StartsWith("federated-user/", StringComparison.Ordinal))
        {
            // IAM's principal key values: a federated user's aws:userid is "account:caller-specified-name".
            return new PrincipalInfo(arn, PrincipalType.FederatedUser, account, null, userId ?? $"{account}:{resource["federated-user/".Length..]}");
        }
        throw new ArgumentException($"Principal '{arn}' is not a root, user, assumed-role or federated-user ARN.", nameof(arn));
    }
}
