namespace Rampart.Sts;

/// <summary>GetCallerIdentity takes no parameters.</summary>
public sealed record GetCallerIdentityRequest;
