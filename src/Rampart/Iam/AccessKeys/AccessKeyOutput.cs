namespace Rampart.Iam.AccessKeys;

/// <summary>The model's AccessKey shape: the only place a secret access key is ever returned.</summary>
public sealed record AccessKeyOutput(string UserName, string AccessKeyId, string Status, string SecretAccessKey, DateTimeOffset CreateDate);
