using Rampart.Storage.Items;

namespace Rampart.Identity;

/// <summary>A long-term access key as stored (collection <see cref="IdentityCollections.AccessKey"/>, global
/// partition, key = access key ID). The secret is kept only encrypted under the master key.</summary>
/// <param name="UserName">The IAM user owning the key; null for the account's root user.</param>
/// <param name="Status">"Active" or "Inactive", as IAM spells it.</param>
public sealed record AccessKeyRecord(
    string AccessKeyId,
    string AccountId,
    string? UserName,
    string Status,
    string SecretCiphertext,
    DateTimeOffset CreateDate)
{
    public const string Active = "Active";

    public static ItemKey KeyOf(string accessKeyId) => new(IdentityCollections.AccessKey, "", accessKeyId);

    public bool IsActive => Status == Active;

    /// <summary>The instant the key was made, to the tick. <see cref="CreateDate"/> keeps only seconds, as IAM shows
    /// it, so two keys made in one second need this to list oldest first; keys stored before it existed have none.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Orders keys oldest first.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset CreationOrder => CreatedAt ?? CreateDate;
}
