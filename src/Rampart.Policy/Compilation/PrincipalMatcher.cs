namespace Rampart.Policy;

/// <summary>A Principal or NotPrincipal element compiled into sets per kind of principal.</summary>
internal sealed class PrincipalMatcher
{
    private bool wildcard;
    private readonly List<string> accounts = [];
    private readonly List<string> users = [];
    private readonly List<(string Account, string Name)> roles = [];
    private readonly List<string> sessions = [];
    private readonly List<string> services = [];
    private readonly List<string> federated = [];

    public PrincipalMatcher(PrincipalElement element)
    {
        wildcard = element.IsWildcard;
        foreach (var (type, values) in element.ByType)
        {
            foreach (var value in values)
            {
                if (type.Equals("AWS", StringComparison.OrdinalIgnoreCase))
                {
                    AddAws(value);
                }
                else if (type.Equals("Service", StringComparison.OrdinalIgnoreCase))
                {
                    services.Add(value);
                }
                else if (type.Equals("Federated", StringComparison.OrdinalIgnoreCase))
                {
                    federated.Add(value);
                }
            }
        }
    }

    private void AddAws(string value)
    {
        if (value == "*")
        {
            wildcard = true;
            return;
        }
        if (value.Length == 12 && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            accounts.Add(value);
            return;
        }
        var parts = value.Split(':', 6);
        if (parts.Length != 6)
        {
            return;
        }
        var (service, account, resource) = (parts[2], parts[4], parts[5]);
        if (service == "iam" && resource == "root")
        {
            accounts.Add(account);
        }
        else if (service == "iam" && resource.StartsWith("user/", StringComparison.Ordinal))
        {
            users.Add(value);
        }
        else if (service == "iam" && resource.StartsWith("role/", StringComparison.Ordinal))
        {
            roles.Add((account, resource[(resource.LastIndexOf('/') + 1)..]));
        }
        else if (service == "sts")
        {
            sessions.Add(value);
        }
    }

    /// <summary>How specifically the element names the caller.</summary>
    public PrincipalMatch Match(PrincipalInfo principal)
    {
        if (wildcard)
        {
            return PrincipalMatch.Direct;
        }
        switch (principal.Type)
        {
            case PrincipalType.Root:
                return AccountListed(principal) ? PrincipalMatch.Direct : PrincipalMatch.None;
            case PrincipalType.User:
                return Contains(users, principal.Arn, StringComparison.OrdinalIgnoreCase) ? PrincipalMatch.Direct
                    : AccountListed(principal) ? PrincipalMatch.Account : PrincipalMatch.None;
            case PrincipalType.AssumedRole:
                return Contains(sessions, principal.Arn, StringComparison.Ordinal) ? PrincipalMatch.Direct
                    : RoleListed(principal) ? PrincipalMatch.Role
                    : AccountListed(principal) ? PrincipalMatch.Account : PrincipalMatch.None;
            case PrincipalType.FederatedUser:
                return Contains(sessions, principal.Arn, StringComparison.Ordinal) ? PrincipalMatch.Direct
                    : AccountListed(principal) ? PrincipalMatch.Account : PrincipalMatch.None;
            case PrincipalType.Service:
                return Contains(services, principal.Arn, StringComparison.OrdinalIgnoreCase) ? PrincipalMatch.Direct : PrincipalMatch.None;
            case PrincipalType.WebIdentity:
            case PrincipalType.Saml:
                return Contains(federated, principal.Arn, StringComparison.OrdinalIgnoreCase) ? PrincipalMatch.Direct : PrincipalMatch.None;
            default:
                return PrincipalMatch.None;
        }
    }

    /// <summary>NotPrincipal: a caller is left out only when every identity it acts as is listed — its account, and for
    /// a user its user ARN, for a role session the role ARN and the session ARN, for a federated user its session ARN.</summary>
    public bool Excludes(PrincipalInfo principal)
    {
        if (wildcard)
        {
            return true;
        }
        return principal.Type switch
        {
            PrincipalType.Root => AccountListed(principal),
            PrincipalType.User => AccountListed(principal) && Contains(users, principal.Arn, StringComparison.OrdinalIgnoreCase),
            PrincipalType.AssumedRole => AccountListed(principal) && RoleListed(principal) && Contains(sessions, principal.Arn, StringComparison.Ordinal),
            PrincipalType.FederatedUser => AccountListed(principal) && Contains(sessions, principal.Arn, StringComparison.Ordinal),
            PrincipalType.Service => Contains(services, principal.Arn, StringComparison.OrdinalIgnoreCase),
            PrincipalType.WebIdentity or PrincipalType.Saml => Contains(federated, principal.Arn, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    private bool AccountListed(PrincipalInfo principal) =>
        principal.AccountId is not null && Contains(accounts, principal.AccountId, StringComparison.Ordinal);

    private bool RoleListed(PrincipalInfo principal)
    {
        if (principal.RoleArn is null || principal.AccountId is null)
        {
            return false;
        }
        var roleArn = principal.RoleArn.AsSpan();
        var name = roleArn[(roleArn.LastIndexOf('/') + 1)..];
        foreach (var (account, roleName) in roles)
        {
            // Role names are unique per account regardless of case and path, so the pair identifies the role.
            if (account == principal.AccountId && name.Equals(roleName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Contains(List<string> values, string value, StringComparison comparison)
    {
        foreach (var candidate in values)
        {
            if (candidate.Equals(value, comparison))
            {
                return true;
            }
        }
        return false;
    }
}
