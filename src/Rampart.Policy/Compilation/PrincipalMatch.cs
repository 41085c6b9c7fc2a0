namespace Rampart.Policy;

/// <summary>How specifically a Principal element names the caller; the resource-policy rules depend on it.</summary>
internal enum PrincipalMatch
{
    None,
    /// <summary>The caller's account is named (account ID or root ARN): the account delegates to its IAM policies.</summary>
    Account,
    /// <summary>The role of a role session is named.</summary>
    Role,
    /// <summary>The caller itself is named: user, session, federated user, service, provider, root, or "*".</summary>
    Direct,
}
