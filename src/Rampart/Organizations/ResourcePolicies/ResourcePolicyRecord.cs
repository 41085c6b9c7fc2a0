namespace Rampart.Organizations.ResourcePolicies;

/// <summary>The organization's resource policy (collection <see cref="Common.OrgCollections.ResourcePolicy"/>, key = organization ID).</summary>
public sealed record ResourcePolicyRecord(string Id, string Content);
