using Rampart.Identity;

namespace Rampart.Iam.AccessKeys;

/// <summary>An access key with the store version its write must expect.</summary>
public sealed record StoredAccessKey(AccessKeyRecord Key, long Version);
