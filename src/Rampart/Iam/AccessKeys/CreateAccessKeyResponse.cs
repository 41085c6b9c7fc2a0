namespace Rampart.Iam.AccessKeys;

public sealed record CreateAccessKeyResponse(AccessKeyOutput AccessKey);
