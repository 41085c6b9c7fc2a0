namespace Rampart.Organizations.Delegation;

public sealed record DelegationRequest(string AccountId, string ServicePrincipal);
