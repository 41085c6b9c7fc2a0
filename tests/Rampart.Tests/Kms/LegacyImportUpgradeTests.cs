using Rampart.Kms.Common;
using Rampart.Kms.Keys;

namespace Rampart.Tests.Kms;

/// <summary>Keys stored by builds that kept one import state per key read back with that state on their materials.</summary>
public sealed class LegacyImportUpgradeTests
{
    private const string Head = """
        "KeyId":"k","Arn":"arn:aws:kms:us-east-1:111122223333:key/k","AccountId":"111122223333","Region":"us-east-1",
        "CreationDate":"2026-01-01T00:00:00+00:00","Description":"","KeySpec":"SYMMETRIC_DEFAULT","KeyUsage":"ENCRYPT_DECRYPT",
        "DeletionDate":null,"Policy":"{}","Tags":[],"Origin":"EXTERNAL",
        """;

    [Fact]
    public void The_current_material_gets_its_expiry_and_description_and_pending_material_its_own()
    {
        var key = KeyDirectory.Parse("{" + Head + """
            "KeyState":"Enabled",
            "Materials":[{"Version":1,"Protected":"p1","MaterialId":"m1"},{"Version":2,"Protected":"p2","MaterialId":"m2","RotationType":"ON_DEMAND"}],
            "Import":{"MaterialId":"m2","ExpirationModel":"KEY_MATERIAL_EXPIRES","ValidTo":"2026-06-01T00:00:00+00:00","Parameters":null,
              "MaterialVersion":2,"Description":"second",
              "Pending":{"Material":{"Version":3,"Protected":"p3","MaterialId":"m3"},"ExpirationModel":"KEY_MATERIAL_DOES_NOT_EXPIRE","ValidTo":null,"Description":"third"}}}
            """);

        Assert.Null(key.Materials[0].ExpirationModel);
        Assert.Equal("KEY_MATERIAL_EXPIRES", key.CurrentMaterial.ExpirationModel);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), key.CurrentMaterial.ValidTo);
        Assert.Equal("second", key.CurrentMaterial.Description);
        Assert.Equal(("p3", "KEY_MATERIAL_DOES_NOT_EXPIRE", "third"),
            (key.Import!.PendingRotation!.Protected, key.Import.PendingRotation.ExpirationModel, key.Import.PendingRotation.Description));
        Assert.Null(key.Import.LegacyMaterialId);
        Assert.DoesNotContain("\"MaterialVersion\"", KmsJson.Write(key));
    }

    [Fact]
    public void Deleted_material_is_known_again_by_its_ID_and_waits_for_its_reimport()
    {
        var key = KeyDirectory.Parse("{" + Head + """
            "KeyState":"PendingImport","Materials":[],
            "Import":{"MaterialId":"m4","ExpirationModel":null,"ValidTo":null,"Parameters":null,"MaterialVersion":4,"Description":"fourth"}}
            """);

        var material = Assert.Single(key.Materials);
        Assert.Equal((4, "m4", false, "fourth"), (material.Version, material.MaterialId, material.IsPresent, material.Description));
    }

    [Fact]
    public void A_key_written_by_this_build_reads_back_unchanged()
    {
        var key = KeyDirectory.Parse("{" + Head + """
            "KeyState":"Enabled","Materials":[{"Version":1,"Protected":"p1","MaterialId":"m1","Description":"d"}],"Import":{"Parameters":null,"PendingRotation":null}}
            """);

        Assert.Equal(KmsJson.Write(key), KmsJson.Write(KeyDirectory.Parse(KmsJson.Write(key))));
        Assert.Equal("d", key.CurrentMaterial.Description);
    }
}
