namespace Rampart.Iam.AccessKeys;

public sealed record GetAccessKeyLastUsedResponse(string? UserName, AccessKeyLastUsedOutput AccessKeyLastUsed);
