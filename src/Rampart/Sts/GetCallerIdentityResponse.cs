namespace Rampart.Sts;

public sealed record GetCallerIdentityResponse(string UserId, string Account, string Arn);
