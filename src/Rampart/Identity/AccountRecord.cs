using Rampart.Storage.Items;

namespace Rampart.Identity;

/// <summary>An AWS account as stored (collection <see cref="IdentityCollections.Account"/>, global partition,
/// key = account ID), with its root user's sign-in: an email and a password kept only as a slow salted hash.</summary>
public sealed record AccountRecord(string AccountId, string RootEmail, string RootPasswordHash, DateTimeOffset CreateDate)
{
    public static ItemKey KeyOf(string accountId) => new(IdentityCollections.Account, "", accountId);
}
