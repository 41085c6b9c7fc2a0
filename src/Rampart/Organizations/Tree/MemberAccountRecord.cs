namespace Rampart.Organizations.Tree;

/// <summary>An account of an organization (collection <see cref="Common.OrgCollections.Account"/>): where it sits
/// and how it joined. The account itself (its root user, its IAM namespace) is an <see cref="Identity.AccountRecord"/>
/// and outlives its membership.</summary>
/// <param name="ParentId">The root or OU that holds it.</param>
/// <param name="Status">"ACTIVE", "SUSPENDED" or "PENDING_CLOSURE".</param>
/// <param name="JoinedMethod">"CREATED" or "INVITED".</param>
public sealed record MemberAccountRecord(
    string OrganizationId,
    string Id,
    string Name,
    string Email,
    string ParentId,
    string Status,
    string JoinedMethod,
    DateTimeOffset JoinedTimestamp)
{
    public const string Active = "ACTIVE";
    public const string Suspended = "SUSPENDED";
    public const string Created = "CREATED";
    public const string Invited = "INVITED";
}
