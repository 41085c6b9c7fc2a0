using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Kms;

/// <summary>Data key pairs, key agreement, imported material, multi-Region keys and custom key stores through boto3.</summary>
public sealed class KmsKeyFeaturesEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Kms => new(fixture.Server, "kms");

    [Fact]
    public async Task Data_key_pairs_ECDH_and_secp256k1_interoperate_with_the_cryptography_package()
    {
        var seen = await Kms.PythonAsync(KmsFeatureScripts.AsymmetricFeatures);
        Assert.True(seen.GetProperty("pairMatches").GetBoolean());
        Assert.True(seen.GetProperty("pairUnwraps").GetBoolean());
        Assert.True(seen.GetProperty("withoutPlaintext").GetBoolean());
        Assert.Equal("InvalidKeyUsageException", seen.GetProperty("pairOnAsymmetric").GetString());
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("edwards").GetString());
        Assert.Equal("ECDH", Flat(seen.GetProperty("agreementAlgorithms")));
        Assert.True(seen.GetProperty("sharedSecretMatches").GetBoolean());
        Assert.Equal("ValidationException", seen.GetProperty("wrongCurve").GetString());
        Assert.Equal("InvalidKeyUsageException", seen.GetProperty("agreementOnSymmetric").GetString());
        Assert.Equal("secp256k1", seen.GetProperty("k1Curve").GetString());
        Assert.True(seen.GetProperty("k1VerifiedLocally").GetBoolean());
        Assert.Equal("ValidationException", seen.GetProperty("k1Agreement").GetString());
        Assert.False(seen.GetProperty("unusedYet").GetBoolean());
        // The failed Sign (wrong algorithm) after the successful one does not count as a use.
        Assert.Equal("Sign", seen.GetProperty("lastUsage").GetString());
        Assert.True(seen.GetProperty("lastUsageHasEvent").GetBoolean());
        Assert.Equal(0, seen.GetProperty("stores").GetArrayLength());
        Assert.Equal("CustomKeyStoreNotFoundException", seen.GetProperty("storeById").GetString());
        Assert.Equal("CustomKeyStoreNotFoundException", seen.GetProperty("connect").GetString());
        Assert.Equal("CustomKeyStoreNotFoundException", seen.GetProperty("keyInStore").GetString());
        Assert.Equal("CloudHsmClusterNotFoundException", seen.GetProperty("createStore").GetString());
    }

    [Fact]
    public async Task Imported_material_works_once_imported_and_only_the_same_material_comes_back()
    {
        var seen = await Kms.PythonAsync(KmsFeatureScripts.Import);
        Assert.Equal("EXTERNAL PendingImport False", Flat(seen.GetProperty("created")));
        Assert.Equal("KMSInvalidStateException", seen.GetProperty("beforeImport").GetString());
        Assert.Equal("InvalidImportTokenException", seen.GetProperty("badToken").GetString());
        Assert.Equal("IncorrectKeyMaterialException", seen.GetProperty("wrongLength").GetString());
        Assert.Equal(64, seen.GetProperty("importedId").GetInt32());
        Assert.Equal("Enabled KEY_MATERIAL_DOES_NOT_EXPIRE", Flat(seen.GetProperty("afterImport")));
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("rotation").GetString());
        Assert.Equal("PendingImport", seen.GetProperty("afterDelete").GetString());
        Assert.Equal("KMSInvalidStateException", seen.GetProperty("decryptWithoutMaterial").GetString());
        Assert.Equal("IncorrectKeyMaterialException", seen.GetProperty("otherMaterial").GetString());
        Assert.Equal("imported", seen.GetProperty("reimported").GetString());
        Assert.True(seen.GetProperty("validTo").GetBoolean());
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("notExternal").GetString());
    }

    [Fact]
    public async Task Multi_Region_keys_share_material_across_Regions()
    {
        var seen = await Kms.PythonAsync(KmsFeatureScripts.MultiRegion);
        Assert.True(seen.GetProperty("prefix").GetBoolean());
        Assert.Equal("PRIMARY", seen.GetProperty("primaryType").GetString());
        Assert.StartsWith("us-west-2/mrk-", seen.GetProperty("replicaArn").GetString());
        Assert.Equal("REPLICA", seen.GetProperty("replicaType").GetString());
        Assert.True(seen.GetProperty("sameMaterial").GetBoolean());
        Assert.Equal("everywhere", seen.GetProperty("decryptedInWest").GetString());
        Assert.Equal("from west", seen.GetProperty("decryptedInEast").GetString());
        Assert.Equal("AlreadyExistsException", seen.GetProperty("again").GetString());
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("fromReplica").GetString());
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("singleRegion").GetString());
        Assert.True(seen.GetProperty("rotatedTogether").GetBoolean());
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("rotateReplica").GetString());
        Assert.Equal("REPLICA", seen.GetProperty("eastNow").GetString());
        Assert.Equal("PRIMARY", seen.GetProperty("westNow").GetString());
        Assert.Equal("everywhere", seen.GetProperty("oldStillDecrypts").GetString());
    }

    /// <summary>A JSON array of scalars as one space-separated line.</summary>
    private static string Flat(JsonElement array) => string.Join(' ', array.EnumerateArray().Select(v => v.ToString()));
}
