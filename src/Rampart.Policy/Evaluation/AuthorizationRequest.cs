namespace Rampart.Policy;

/// <summary>Everything one authorization decision needs. Policies are compiled once and shared across requests.</summary>
/// <param name="Principal">The caller.</param>
/// <param name="Action">The action, e.g. <c>s3:GetObject</c>.</param>
/// <param name="Resource">The resource ARN (or "*" for actions without a resource).</param>
/// <param name="Context">The request context keys.</param>
/// <param name="IdentityPolicies">The caller's identity-based policies (managed and inline, user, group and role).</param>
public sealed record AuthorizationRequest(
    PrincipalInfo Principal,
    string Action,
    string Resource,
    RequestContext Context,
    IReadOnlyList<CompiledPolicy> IdentityPolicies)
{
    /// <summary>The account that owns the resource; null means the caller's own account.</summary>
    public string? ResourceAccount { get; init; }

    public CompiledPolicy? PermissionsBoundary { get; init; }

    /// <summary>The session policies of a role or federated-user session; null when the session has none. An empty
    /// list grants nothing (a federated user session created without session policies has no permissions).</summary>
    public IReadOnlyList<CompiledPolicy>? SessionPolicies { get; init; }

    public ResourceBasedPolicy? ResourcePolicy { get; init; }

    /// <summary>The SCPs that apply to the caller's account, one list per level from the organization root down to the
    /// account; every level must allow. Null when the account is in no organization, when the caller is the
    /// organization's management account (SCPs never limit it), or for service-linked roles and service principals.</summary>
    public IReadOnlyList<IReadOnlyList<CompiledPolicy>>? ServiceControlPolicies { get; init; }

    /// <summary>The SCPs that limit this caller: none for callers that are not IAM principals of the account
    /// (anonymous, services, identity providers) and none for service-linked roles, whatever the caller passed
    /// (Organizations: "SCPs don't affect service-linked roles").</summary>
    internal IReadOnlyList<IReadOnlyList<CompiledPolicy>>? ApplicableServiceControlPolicies =>
        Principal.IsIamIdentity && !Principal.IsServiceLinkedRole ? ServiceControlPolicies : null;

    /// <summary>The RCPs that apply to the resource's account, one list per level from the root down; every level must
    /// allow. Null when the resource's account is in no organization, is the management account, or RCPs do not apply.</summary>
    public IReadOnlyList<IReadOnlyList<CompiledPolicy>>? ResourceControlPolicies { get; init; }

    /// <summary>The RCPs that limit this request: none for calls made by service-linked roles and none for
    /// kms:RetireGrant (Organizations, "Resources and entities not restricted by RCPs").</summary>
    internal IReadOnlyList<IReadOnlyList<CompiledPolicy>>? ApplicableResourceControlPolicies =>
        Principal.IsServiceLinkedRole || Action.Equals(RetireGrant, StringComparison.OrdinalIgnoreCase) ? null : ResourceControlPolicies;

    private const string RetireGrant = "kms:RetireGrant";
}
