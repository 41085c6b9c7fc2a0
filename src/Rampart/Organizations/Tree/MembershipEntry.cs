namespace Rampart.Organizations.Tree;

/// <summary>The organization an account belongs to (collection <see cref="Common.OrgCollections.Membership"/>, key = account ID).</summary>
public sealed record MembershipEntry(string OrganizationId);
