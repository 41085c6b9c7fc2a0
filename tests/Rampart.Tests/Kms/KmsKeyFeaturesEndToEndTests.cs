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

    [Fact]
    public async Task A_multi_Region_primary_with_replicas_waits_in_PendingReplicaDeletion()
    {
        var seen = await Kms.PythonAsync(KmsFeatureScripts.MultiRegionDeletion);
        Assert.Equal("DisabledException", seen.GetProperty("promoteDisabled").GetString());
        Assert.Equal("PendingReplicaDeletion", seen.GetProperty("scheduledState").GetString());
        Assert.False(seen.GetProperty("scheduledHasDate").GetBoolean());
        Assert.Equal(7, seen.GetProperty("scheduledWindow").GetInt32());
        Assert.Equal("PendingReplicaDeletion", seen.GetProperty("state").GetString());
        Assert.Equal(7, seen.GetProperty("window").GetInt32());
        Assert.False(seen.GetProperty("describedHasDate").GetBoolean());
        Assert.Equal("KMSInvalidStateException", seen.GetProperty("encrypt").GetString());
        Assert.Equal("KMSInvalidStateException", seen.GetProperty("replicate").GetString());
        Assert.Equal("KMSInvalidStateException", seen.GetProperty("scheduleAgain").GetString());
        Assert.Equal("KMSInvalidStateException", seen.GetProperty("promote").GetString());
        Assert.True(seen.GetProperty("replicaEncrypts").GetBoolean());
        Assert.Equal("Disabled", seen.GetProperty("afterCancel").GetString());
        Assert.False(seen.GetProperty("windowAfterCancel").GetBoolean());
        Assert.Equal("PendingDeletion", seen.GetProperty("replicaState").GetString());
        Assert.True(seen.GetProperty("replicaHasDate").GetBoolean());
    }

    [Fact]
    public async Task HMAC_224_matches_Python_ML_DSA_signs_where_the_host_can_and_SM2_and_Ed25519_are_refused_as_AWS_does()
    {
        var seen = await Kms.PythonAsync(KmsFeatureScripts.KeySpecs);
        Assert.Equal("HMAC_SHA_224", Flat(seen.GetProperty("macAlgorithms")));
        Assert.True(seen.GetProperty("macMatchesPython").GetBoolean());
        Assert.True(seen.GetProperty("macVerifies").GetBoolean());
        Assert.Equal("HMAC_224", seen.GetProperty("made224").GetString());
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("sm2").GetString());
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("edwards").GetString());
        if (!System.Security.Cryptography.MLDsa.IsSupported)
        {
            Assert.Equal("UnsupportedOperationException", seen.GetProperty("mlDsa").GetString());
            return;
        }
        Assert.Equal("made", seen.GetProperty("mlDsa").GetString());
        Assert.Equal("ML_DSA_SHAKE_256", Flat(seen.GetProperty("mlDsaAlgorithms")));
        Assert.True(seen.GetProperty("mlDsaVerifies").GetBoolean());
        Assert.Equal("KMSInvalidSignatureException", seen.GetProperty("mlDsaWrong").GetString());
        Assert.Equal("InvalidKeyUsageException", seen.GetProperty("mlDsaDigest").GetString());
        Assert.True(seen.GetProperty("muVerifies").GetBoolean());
#pragma warning disable SYSLIB5006 // The test reads the public key as any ML-DSA user would.
        using var publicKey = System.Security.Cryptography.MLDsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(seen.GetProperty("mlDsaPublicKey").GetString()!));
#pragma warning restore SYSLIB5006
        Assert.True(publicKey.VerifyData("post-quantum"u8, Convert.FromBase64String(seen.GetProperty("mlDsaSignature").GetString()!)));
    }

    [Fact]
    public async Task New_imported_material_waits_in_PENDING_ROTATION_until_an_on_demand_rotation_makes_it_current()
    {
        var seen = await Kms.PythonAsync(KmsFeatureScripts.ImportRotation);
        Assert.Equal("KMSInvalidStateException", seen.GetProperty("rotateWithoutNew").GetString());
        Assert.Equal("ValidationException", seen.GetProperty("newWithId").GetString());
        Assert.Equal("IncorrectKeyMaterialException", seen.GetProperty("sameAsNew").GetString());
        Assert.Equal("IncorrectKeyMaterialException", seen.GetProperty("newAsExisting").GetString());
        Assert.Equal("""[[true,"CURRENT","IMPORTED",null],[true,"PENDING_ROTATION","IMPORTED","second"]]""", Compact(seen, "pending"));
        Assert.True(seen.GetProperty("stillFirst").GetBoolean());
        Assert.True(seen.GetProperty("nowSecond").GetBoolean());
        Assert.Equal("""[[true,"CURRENT","ON_DEMAND",true]]""", Compact(seen, "rotations"));
        Assert.Equal("before", seen.GetProperty("oldDecrypts").GetString());
        Assert.Equal("after", seen.GetProperty("newDecrypts").GetString());
        Assert.True(seen.GetProperty("deletedPending").GetBoolean());
        Assert.Equal("NON_CURRENT CURRENT", Flat(seen.GetProperty("afterPendingDeleted")));
        Assert.Equal("Enabled", seen.GetProperty("stateAfterPendingDeleted").GetString());
        Assert.True(seen.GetProperty("deletedCurrent").GetBoolean());
        Assert.True(seen.GetProperty("deletedFirst").GetBoolean());
        Assert.Equal("NotFoundException", seen.GetProperty("deleteUnknown").GetString());
        Assert.Equal("""[["NON_CURRENT","PENDING_IMPORT",false],["CURRENT","PENDING_IMPORT",false]]""", Compact(seen, "bothGone"));
        Assert.Equal("IncorrectKeyMaterialException", seen.GetProperty("wrongId").GetString());
        Assert.True(seen.GetProperty("reimported").GetBoolean());
        Assert.Equal("PendingImport", seen.GetProperty("stateWithOneMissing").GetString());
        Assert.True(seen.GetProperty("reimportedOld").GetBoolean());
        Assert.Equal("Enabled", seen.GetProperty("stateWithAll").GetString());
        Assert.Equal("after", seen.GetProperty("afterReimport").GetString());
        Assert.Equal("before", seen.GetProperty("oldAfterReimport").GetString());
        Assert.Equal("""[["IMPORTED","firstagain"],["IMPORTED","second"]]""", Compact(seen, "descriptions"));
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("hmacNew").GetString());
    }

    [Fact]
    public async Task Multi_Region_imported_material_goes_into_the_primary_then_each_replica_before_rotating()
    {
        var seen = await Kms.PythonAsync(KmsFeatureScripts.MultiRegionImport);
        Assert.Equal("PendingImport", seen.GetProperty("replicaState").GetString());
        Assert.Equal("""[["CURRENT","PENDING_IMPORT"]]""", Compact(seen, "replicaKnows"));
        Assert.Equal("KMSInvalidStateException", seen.GetProperty("replicaDecryptsBeforeImport").GetString());
        Assert.Equal("IncorrectKeyMaterialException", seen.GetProperty("replicaOtherMaterial").GetString());
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("replicaNewMaterial").GetString());
        Assert.True(seen.GetProperty("replicaImported").GetBoolean());
        Assert.Equal("Enabled", seen.GetProperty("replicaEnabled").GetString());
        Assert.Equal("first", seen.GetProperty("replicaDecrypts").GetString());
        Assert.Equal("""[["CURRENT","IMPORTED"],["PENDING_MULTI_REGION_IMPORT_AND_ROTATION","IMPORTED"]]""", Compact(seen, "primaryWaits"));
        Assert.Equal("""[["CURRENT","IMPORTED"],["PENDING_ROTATION","PENDING_IMPORT"]]""", Compact(seen, "replicaPending"));
        Assert.Equal("KMSInvalidStateException", seen.GetProperty("rotateTooSoon").GetString());
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("rotateReplica").GetString());
        Assert.Equal("""[["CURRENT","IMPORTED"],["PENDING_ROTATION","IMPORTED"]]""", Compact(seen, "primaryReady"));
        Assert.Equal("True True", Flat(seen.GetProperty("currentEverywhere")));
        Assert.Equal("second first", Flat(seen.GetProperty("crossRegion")));
        Assert.True(seen.GetProperty("pendingDeletedFromPrimary").GetBoolean());
        Assert.Equal("""[["NON_CURRENT","IMPORTED"],["CURRENT","IMPORTED"]]""", Compact(seen, "replicaAfterPendingDeleted"));
        Assert.Equal("PendingImport Enabled", Flat(seen.GetProperty("replicaAfterDelete")));
    }

    /// <summary>A JSON value without spaces.</summary>
    private static string Compact(JsonElement seen, string name) => seen.GetProperty(name).GetRawText().Replace(" ", "");

    /// <summary>A JSON array of scalars as one space-separated line.</summary>
    private static string Flat(JsonElement array) => string.Join(' ', array.EnumerateArray().Select(v => v.ToString()));
}
