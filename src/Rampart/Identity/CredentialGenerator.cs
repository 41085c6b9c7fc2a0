using System.Security.Cryptography;

namespace Rampart.Identity;

/// <summary>Random identifiers and secrets in AWS's formats.</summary>
public static class CredentialGenerator
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-=";

    /// <summary>A long-term access key ID: "AKIA" and 16 base32 characters (20 in all).</summary>
    public static string AccessKeyId() => "AKIA" + RandomNumberGenerator.GetString(Base32, 16);

    /// <summary>An ID with a given four-letter prefix, such as "AIDA" for users or "ASIA" for temporary keys.</summary>
    public static string UniqueId(string prefix) => prefix + RandomNumberGenerator.GetString(Base32, 17);

    /// <summary>A 40-character secret access key.</summary>
    public static string SecretAccessKey() => RandomNumberGenerator.GetString(SecretAlphabet, 40);

    /// <summary>A 12-digit account ID.</summary>
    public static string AccountId() => RandomNumberGenerator.GetString("0123456789", 12);

    /// <summary>A password for a person to type once: no look-alike characters.</summary>
    public static string Password() => RandomNumberGenerator.GetString(PasswordAlphabet, 24);
}
