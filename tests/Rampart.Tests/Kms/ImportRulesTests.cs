using Rampart.Kms.Import;
using Rampart.Kms.Keys;

namespace Rampart.Tests.Kms;

/// <summary>Each imported material expires on its own, and a key is usable only while all of its materials are in it.</summary>
public sealed class ImportRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_the_material_whose_time_has_come_expires_and_the_key_then_waits_for_it()
    {
        var key = External(
            Material(1, Now.AddHours(1)),
            Material(2, Now.AddHours(3)));

        Assert.Same(key, ImportRules.WithoutExpired(key, Now));
        Assert.False(ImportRules.HasExpired(key, Now.AddMinutes(59)));

        var expired = ImportRules.WithoutExpired(key, Now.AddHours(2));
        Assert.True(ImportRules.HasExpired(key, Now.AddHours(2)));
        Assert.Equal(KeyState.PendingImport, expired.KeyState);
        Assert.False(expired.Materials[0].IsPresent);
        Assert.Null(expired.Materials[0].ValidTo);
        Assert.Equal("material 1", expired.Materials[0].Description);
        Assert.True(expired.Materials[1].IsPresent);
        Assert.False(ImportRules.AllImported(expired));
        Assert.False(ImportRules.HasExpired(expired, Now.AddHours(2)));
    }

    [Fact]
    public void Expired_material_pending_rotation_leaves_the_key_usable()
    {
        var key = External(Material(1, null)) with { Import = new ImportedMaterial(null, Material(2, Now.AddHours(1))) };

        var expired = ImportRules.WithoutExpired(key, Now.AddHours(2));

        Assert.Equal(KeyState.Enabled, expired.KeyState);
        Assert.True(ImportRules.AllImported(expired));
        Assert.False(expired.Import!.PendingRotation!.IsPresent);
        Assert.Equal(2, expired.Import.PendingRotation.Version);
    }

    [Fact]
    public void A_key_waiting_to_be_deleted_keeps_that_state_when_material_goes()
    {
        var key = External(Material(1, Now.AddHours(1))) with { KeyState = KeyState.PendingDeletion };

        Assert.Equal(KeyState.PendingDeletion, ImportRules.WithoutMaterial(key, 1).KeyState);
        Assert.Equal(KeyState.PendingImport, ImportRules.WithoutMaterial(key with { KeyState = KeyState.Disabled }, 1).KeyState);
    }

    [Fact]
    public void Material_of_a_key_KMS_made_never_expires()
    {
        var key = External(Material(1, Now.AddHours(1))) with { Origin = KeyOrigins.AwsKms };

        Assert.Same(key, ImportRules.WithoutExpired(key, Now.AddDays(1)));
        Assert.False(ImportRules.HasExpired(key, Now.AddDays(1)));
    }

    private static KeyMaterialRecord Material(int version, DateTimeOffset? validTo) =>
        new(version, $"sealed {version}", $"id {version}", ExpirationModel: validTo is null ? "KEY_MATERIAL_DOES_NOT_EXPIRE" : "KEY_MATERIAL_EXPIRES",
            ValidTo: validTo, Description: $"material {version}");

    private static KeyRecord External(params KeyMaterialRecord[] materials) =>
        new("k", "arn:aws:kms:us-east-1:111122223333:key/k", "111122223333", "us-east-1", Now, "", KeySpecs.SymmetricDefault,
            KeySpecs.EncryptDecrypt, KeyState.Enabled, null, "{}", [], materials, KeyOrigins.External, Import: new ImportedMaterial(null));
}
