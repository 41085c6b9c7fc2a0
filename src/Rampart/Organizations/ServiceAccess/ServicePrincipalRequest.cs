namespace Rampart.Organizations.ServiceAccess;

public sealed record ServicePrincipalRequest(string ServicePrincipal);
