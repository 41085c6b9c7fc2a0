namespace Rampart.Iam.AccessKeys;

public sealed record CreateAccessKeyRequest(string? UserName);
