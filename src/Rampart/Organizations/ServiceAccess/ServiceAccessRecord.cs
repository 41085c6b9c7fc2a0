namespace Rampart.Organizations.ServiceAccess;

/// <summary>A service trusted to act in the organization (collection <see cref="Common.OrgCollections.ServiceAccess"/>).</summary>
public sealed record ServiceAccessRecord(string ServicePrincipal, DateTimeOffset DateEnabled);
