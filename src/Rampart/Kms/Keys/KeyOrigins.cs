namespace Rampart.Kms.Keys;

/// <summary>Where a key's material comes from, as KMS spells it.</summary>
public static class KeyOrigins
{
    public const string AwsKms = "AWS_KMS";
    public const string External = "EXTERNAL";
}
