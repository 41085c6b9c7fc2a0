namespace Rampart.Kms.Common;

/// <summary>A tag as KMS names its members.</summary>
public sealed record KmsTag(string TagKey, string TagValue);
