namespace Rampart.Iam.AccessKeys;

public sealed record UpdateAccessKeyRequest(string? UserName, string AccessKeyId, string Status);
