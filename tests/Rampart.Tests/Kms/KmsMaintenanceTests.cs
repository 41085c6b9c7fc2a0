using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Rampart.Kms.Aliases;
using Rampart.Kms.Common;
using Rampart.Kms.Grants;
using Rampart.Kms.Keys;
using Rampart.Kms.Maintenance;
using Rampart.Kms.MultiRegion;
using Rampart.Kms.Rotation;
using Rampart.Storage;
using Rampart.Storage.Secrets;
using Rampart.TestSupport;

namespace Rampart.Tests.Kms;

/// <summary>The maintenance sweep against a real store: due deletions destroy keys and their grants, due
/// rotations add material and schedule the next one, and nothing happens before its time.</summary>
public sealed class KmsMaintenanceTests : IAsyncLifetime
{
    private const string Account = "111122223333";
    private const string Region = "eu-west-1";
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory directory = new("kms-maintenance");
    private readonly SecretProtector secrets = new(new FixedMasterKey(RandomNumberGenerator.GetBytes(MasterKey.SizeInBytes)));
    private IStore store = null!;

    public async Task InitializeAsync() => store = await StoreFactory.OpenAsync(null, directory.Path);

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        secrets.Dispose();
        directory.Dispose();
    }

    [Fact]
    public async Task A_key_is_destroyed_with_its_grants_only_once_its_deletion_date_has_passed()
    {
        var key = NewKey() with { KeyState = KeyState.PendingDeletion, DeletionDate = Now.AddDays(7) };
        await PutAsync(key);
        var grant = new GrantRecord(key.Arn, GrantIds.New(), null, Now, $"arn:aws:iam::{Account}:user/a", null, Account, ["Decrypt"], null);
        await store.PutAsync(GrantDirectory.KeyOf(Account, Region, key.KeyId, grant.GrantId), KmsJson.Write(grant));
        await DueWork.ScheduleAsync(store, DueWork.Deletion, key.DeletionDate!.Value, key, CancellationToken.None);
        var maintenance = new KmsMaintenance(store, secrets, NullLogger<KmsMaintenance>.Instance);

        await maintenance.RunDueAsync(Now.AddDays(6), CancellationToken.None);
        Assert.NotNull(await store.GetAsync(KeyDirectory.KeyOf(Account, Region, key.KeyId)));

        await maintenance.RunDueAsync(Now.AddDays(8), CancellationToken.None);
        Assert.Null(await store.GetAsync(KeyDirectory.KeyOf(Account, Region, key.KeyId)));
        Assert.Null(await store.GetAsync(GrantDirectory.KeyOf(Account, Region, key.KeyId, grant.GrantId)));
        Assert.Equal(0, await store.CountAsync(KmsCollections.Due, DueWork.Deletion));
    }

    [Fact]
    public async Task A_due_rotation_adds_automatic_material_and_schedules_the_next()
    {
        var key = NewKey() with { Rotation = new KeyRotationSettings(true, 90, Now.AddDays(90), null) };
        await PutAsync(key);
        await DueWork.ScheduleAsync(store, DueWork.Rotation, Now.AddDays(90), key, CancellationToken.None);
        var maintenance = new KmsMaintenance(store, secrets, NullLogger<KmsMaintenance>.Instance);

        await maintenance.RunDueAsync(Now.AddDays(89), CancellationToken.None);
        Assert.Single((await ReadAsync(key)).Materials);

        await maintenance.RunDueAsync(Now.AddDays(91), CancellationToken.None);
        var rotated = await ReadAsync(key);
        Assert.Equal([1, 2], rotated.Materials.Select(m => m.Version));
        Assert.Equal(KeyRotator.Automatic, rotated.CurrentMaterial.RotationType);
        Assert.Equal(Now.AddDays(90), rotated.CurrentMaterial.RotationDate);
        Assert.NotEqual(rotated.Materials[0].MaterialId, rotated.CurrentMaterial.MaterialId);
        Assert.Equal(Now.AddDays(180), rotated.Rotation!.NextRotationDate);
        var next = Assert.Single((await store.ListAsync(new Storage.Items.ListQuery(KmsCollections.Due, DueWork.Rotation))).Items);
        Assert.Equal(Now.AddDays(180), DueWork.Read(next.Key.Key).At);
    }

    [Fact]
    public async Task Destroying_the_last_replica_starts_the_waiting_period_of_a_primary_in_PendingReplicaDeletion()
    {
        const string ReplicaRegion = "us-west-2";
        var primary = NewKey() with
        {
            KeyState = KeyState.PendingReplicaDeletion,
            PendingWindowInDays = 9,
            MultiRegion = new MultiRegionLinks(Region, [ReplicaRegion]),
        };
        await PutAsync(primary);
        var replica = primary with
        {
            Arn = KmsArn.Key(ReplicaRegion, Account, primary.KeyId),
            Region = ReplicaRegion,
            KeyState = KeyState.PendingDeletion,
            DeletionDate = Now.AddDays(7),
            PendingWindowInDays = null,
        };
        await store.PutAsync(KeyDirectory.KeyOf(Account, ReplicaRegion, replica.KeyId), KmsJson.Write(replica));
        await store.PutAsync(KeyDirectory.AliasOf(Account, ReplicaRegion, "alias/west"), KmsJson.Write(new AliasRecord("alias/west", replica.KeyId, Now, Now)));
        var directory = new KeyDirectory(store);

        Assert.Null(await directory.FindAsync(Account, ReplicaRegion, replica.KeyId, CancellationToken.None));

        Assert.Null(await store.GetAsync(KeyDirectory.AliasOf(Account, ReplicaRegion, "alias/west")));
        var waiting = await ReadAsync(primary);
        Assert.Equal(KeyState.PendingDeletion, waiting.KeyState);
        Assert.Empty(waiting.MultiRegion!.ReplicaRegions);
        Assert.Null(waiting.PendingWindowInDays);
        var deletionDate = waiting.DeletionDate!.Value;
        Assert.InRange(deletionDate, DateTimeOffset.UtcNow.AddDays(9).AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(9));
        var due = Assert.Single((await store.ListAsync(new Storage.Items.ListQuery(KmsCollections.Due, DueWork.Deletion))).Items);
        Assert.Equal((deletionDate, Account, Region, primary.KeyId), DueWork.Read(due.Key.Key));
    }

    private KeyRecord NewKey()
    {
        var keyId = Guid.NewGuid().ToString("D");
        var arn = KmsArn.Key(Region, Account, keyId);
        return new KeyRecord(keyId, arn, Account, Region, Now, "", KeySpecs.SymmetricDefault, KeySpecs.EncryptDecrypt, KeyState.Enabled, null,
            DefaultKeyPolicy.For(Account), [], [new KeyMaterialVault(secrets).Seal(arn, 1, RandomNumberGenerator.GetBytes(32))]);
    }

    private ValueTask<long> PutAsync(KeyRecord key) => store.PutAsync(KeyDirectory.KeyOf(Account, Region, key.KeyId), KmsJson.Write(key));

    private async Task<KeyRecord> ReadAsync(KeyRecord key) =>
        KmsJson.Read<KeyRecord>((await store.GetAsync(KeyDirectory.KeyOf(Account, Region, key.KeyId)))!.Json);

    private sealed class FixedMasterKey(byte[] key) : IMasterKeySource
    {
        public string Description => "test";

        public byte[] LoadKey() => (byte[])key.Clone();
    }
}
