using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Kms;

/// <summary>Grants, rotation and multi-action authorization through boto3 against one enforcing server.</summary>
public sealed class KmsGrantsAndRotationEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Kms => new(fixture.Server, "kms");

    [Fact]
    public async Task A_grant_allows_exactly_its_operations_to_its_grantee_under_its_constraints()
    {
        var seen = await Kms.PythonAsync(KmsFeatureScripts.Grants);
        Assert.Equal("AccessDeniedException", seen.GetProperty("beforeGrant").GetString());
        Assert.Equal(64, seen.GetProperty("grantIdLength").GetInt32());
        Assert.True(seen.GetProperty("idempotent").GetBoolean());
        Assert.Equal("granted", seen.GetProperty("decrypted").GetString());
        Assert.Equal("AccessDeniedException", seen.GetProperty("withoutContext").GetString());
        Assert.Equal("AccessDeniedException", seen.GetProperty("wrongValue").GetString());
        Assert.Equal("AccessDeniedException", seen.GetProperty("notGranted").GetString());
        Assert.Equal("InvalidGrantTokenException", seen.GetProperty("badToken").GetString());
        var listed = Assert.Single(seen.GetProperty("listed").EnumerateArray());
        Assert.Equal("billing-grant", listed[0].GetString());
        Assert.EndsWith(":user/grantee", listed[1].GetString());
        Assert.Equal(["Decrypt", "Encrypt"], listed[2].EnumerateArray().Select(op => op.GetString()));
        Assert.Equal("billing", listed[3].GetProperty("EncryptionContextSubset").GetProperty("app").GetString());
        Assert.Equal([true], seen.GetProperty("retirable").EnumerateArray().Select(r => r.GetBoolean()));
        Assert.Equal(0, seen.GetProperty("byGrantee").GetInt32());
        Assert.Equal("AccessDeniedException", seen.GetProperty("granteeRetires").GetString());
        Assert.Equal("ok", seen.GetProperty("retire").GetString());
        Assert.Equal("AccessDeniedException", seen.GetProperty("afterRetire").GetString());
        // A retired grant no longer lets anyone retire it; the key's administrators learn that it is gone.
        Assert.Equal("AccessDeniedException", seen.GetProperty("retireAgain").GetString());
        Assert.Equal("NotFoundException", seen.GetProperty("rootRetiresGone").GetString());
        Assert.Equal("ok", seen.GetProperty("equalsExact").GetString());
        Assert.Equal("AccessDeniedException", seen.GetProperty("equalsExtra").GetString());
        Assert.Equal("ok", seen.GetProperty("describeUnconstrained").GetString());
        Assert.Equal("AccessDeniedException", seen.GetProperty("afterRevoke").GetString());
        Assert.Equal("NotFoundException", seen.GetProperty("revokeUnknown").GetString());
        Assert.Equal("InvalidGrantIdException", seen.GetProperty("revokeMalformed").GetString());
        Assert.Equal("ValidationException", seen.GetProperty("constraintOnAsymmetric").GetString());
        Assert.Equal("ValidationException", seen.GetProperty("unsuitableOperation").GetString());
        Assert.Equal("ok", seen.GetProperty("grantedSign").GetString());
    }

    [Fact]
    public async Task Rotation_makes_new_material_current_while_old_ciphertexts_keep_decrypting()
    {
        var seen = await Kms.PythonAsync(KmsFeatureScripts.Rotation);
        Assert.Equal("ValidationException", seen.GetProperty("tooShort").GetString());
        Assert.Equal("ValidationException", seen.GetProperty("tooLong").GetString());
        Assert.True(seen.GetProperty("enabled").GetBoolean());
        Assert.Equal(90, seen.GetProperty("period").GetInt32());
        Assert.Equal(90, seen.GetProperty("nextInDays").GetInt32());
        Assert.Equal(0, seen.GetProperty("noRotationsYet").GetInt32());
        var rotation = Assert.Single(seen.GetProperty("rotations").EnumerateArray());
        Assert.Equal(["ON_DEMAND", "CURRENT"], rotation.EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["True NON_CURRENT", "False CURRENT"],
            seen.GetProperty("allMaterial").EnumerateArray().Select(m => $"{m[0].GetBoolean()} {m[1].GetString()}"));
        Assert.True(seen.GetProperty("onDemandStart").GetBoolean());
        Assert.True(seen.GetProperty("materialChanged").GetBoolean());
        Assert.Equal("before rotation", seen.GetProperty("oldDecrypts").GetString());
        Assert.Equal("after rotation", seen.GetProperty("newDecrypts").GetString());
        Assert.Equal("before rotation", seen.GetProperty("reEncryptedDecrypts").GetString());
        Assert.False(seen.GetProperty("disabled").GetBoolean());
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("asymmetric").GetString());
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("asymmetricOnDemand").GetString());
        Assert.Equal("DisabledException", seen.GetProperty("disabledKey").GetString());
    }

    [Fact]
    public async Task ReEncrypt_needs_ReEncryptTo_on_the_destination_and_key_properties_reach_IAM_conditions()
    {
        var seen = await Kms.PythonAsync(KmsFeatureScripts.Authorization);
        Assert.Equal("AccessDeniedException", seen.GetProperty("reEncryptTo").GetString());
        Assert.Contains("kms:ReEncryptTo", seen.GetProperty("reEncryptToMessage").GetString());
        Assert.Equal("ok", seen.GetProperty("reEncryptBack").GetString());
        Assert.Equal("ok", seen.GetProperty("describeRsa").GetString());
        Assert.Equal("AccessDeniedException", seen.GetProperty("describeSymmetric").GetString());
    }

}
