namespace Rampart.Iam.Common;

/// <summary>A tag on an IAM entity, named as the API model names its members.</summary>
public sealed record IamTag(string Key, string Value);
