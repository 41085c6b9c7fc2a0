namespace Rampart.Iam.AccessKeys;

public sealed record DeleteAccessKeyRequest(string? UserName, string AccessKeyId);
