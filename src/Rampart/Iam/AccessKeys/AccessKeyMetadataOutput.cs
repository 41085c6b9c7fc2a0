using Rampart.Identity;

namespace Rampart.Iam.AccessKeys;

/// <summary>The model's AccessKeyMetadata: a key without its secret.</summary>
public sealed record AccessKeyMetadataOutput(string? UserName, string AccessKeyId, string Status, DateTimeOffset CreateDate)
{
    public static AccessKeyMetadataOutput Of(AccessKeyRecord key) => new(key.UserName, key.AccessKeyId, key.Status, key.CreateDate);
}
