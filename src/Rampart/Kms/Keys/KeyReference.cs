using Rampart.Kms.Common;
using Rampart.Operations;

namespace Rampart.Kms.Keys;

/// <summary>What a KeyId parameter names: a key (by ID or key ARN) or an alias (by name or alias ARN), in an
/// account and region (the caller's unless an ARN says otherwise).</summary>
public sealed record KeyReference(string AccountId, string Region, string? KeyId, string? AliasName, string Given)
{
    public bool IsAlias => AliasName is not null;

    public string Arn => IsAlias ? KmsArn.Alias(Region, AccountId, AliasName!) : KmsArn.Key(Region, AccountId, KeyId!);

    /// <exception cref="Protocol.AwsException">NotFoundException for a value that names no key or alias.</exception>
    public static KeyReference Parse(string given, CallContext call)
    {
        if (given.StartsWith("alias/", StringComparison.Ordinal))
        {
            return new(call.AccountId, call.Region, null, given, given);
        }
        if (!given.StartsWith("arn:", StringComparison.Ordinal))
        {
            return IsKeyId(given) ? new(call.AccountId, call.Region, given, null, given) : throw KmsErrors.InvalidKeyId(given);
        }
        var fields = given.Split(':', 6);
        if (fields.Length != 6 || fields[1] != "aws" || fields[2] != "kms" || fields[3].Length == 0 || fields[4].Length != 12)
        {
            throw KmsErrors.InvalidKeyId(given);
        }
        if (fields[5].StartsWith("alias/", StringComparison.Ordinal))
        {
            return new(fields[4], fields[3], null, fields[5], given);
        }
        if (fields[5].StartsWith("key/", StringComparison.Ordinal) && IsKeyId(fields[5][4..]))
        {
            return new(fields[4], fields[3], fields[5][4..], null, given);
        }
        throw KmsErrors.InvalidKeyId(given);
    }

    /// <summary>Key IDs are lowercase UUIDs; multi-Region keys have "mrk-" and 32 lowercase hex digits.</summary>
    public static bool IsKeyId(string value) =>
        value.Length == 36 && value == value.ToLowerInvariant()
        && (value.StartsWith(MultiRegionPrefix, StringComparison.Ordinal)
            ? Guid.TryParseExact(value[MultiRegionPrefix.Length..], "N", out _)
            : Guid.TryParseExact(value, "D", out _));

    public const string MultiRegionPrefix = "mrk-";
}
