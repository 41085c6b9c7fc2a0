namespace Rampart.Organizations.Delegation;

/// <summary>A member account registered as delegated administrator for one service
/// (collection <see cref="Common.OrgCollections.Delegation"/>, key = "ACCOUNT/SERVICE-PRINCIPAL").</summary>
public sealed record DelegationRecord(string AccountId, string ServicePrincipal, DateTimeOffset DelegationEnabledDate);
