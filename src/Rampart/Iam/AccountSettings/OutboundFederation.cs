using Rampart.Iam.Common;
using Rampart.Protocol;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.AccountSettings;

/// <summary>The account's outbound web identity federation setting (collection "iam.outbound-federation", one item
/// per account): whether principals may obtain JWTs, and the issuer URL, made once on first enabling and kept.</summary>
public sealed record OutboundFederation(bool Enabled, string IssuerIdentifier)
{
    public const string Collection = "iam.outbound-federation";

    public static ItemKey KeyOf(string accountId) => new(Collection, accountId, "setting");

    public static async ValueTask<(OutboundFederation? Setting, long Version)> ReadAsync(IStore store, string accountId, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(accountId), cancellationToken) is { } item ? (IamJson.Read<OutboundFederation>(item.Json), item.Version) : (null, StoreWrite.Absent);

    public static AwsException Disabled() =>
        new("FeatureDisabled", "Outbound identity federation is disabled for your account.", 400);

    public static AwsException AlreadyEnabled() =>
        new("FeatureEnabled", "Outbound identity federation is already enabled for your account.", 400);
}
