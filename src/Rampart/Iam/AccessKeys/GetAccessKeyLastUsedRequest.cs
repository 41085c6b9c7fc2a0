namespace Rampart.Iam.AccessKeys;

public sealed record GetAccessKeyLastUsedRequest(string AccessKeyId);
