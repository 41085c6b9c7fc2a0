namespace Rampart.Iam.AccessKeys;

/// <summary>The index item that lists a user's access key (the key itself is an <see cref="Identity.AccessKeyRecord"/>).</summary>
public sealed record UserAccessKeyEntry(string AccessKeyId);
