using Rampart.Tests.EndToEnd;
using Rampart.Tests.Iam.Policies;

namespace Rampart.Tests.Kms;

/// <summary>Who may use a key: the key policy first, IAM policies only where it delegates to the account, and the
/// kms:* condition keys.</summary>
public sealed class KmsAccessEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Kms => new(fixture.Server, "kms");

    private AwsCli Iam => new(fixture.Server, "iam");

    private string Account => fixture.Server.AccountId;

    [Fact]
    public async Task IAM_policies_grant_key_use_only_where_the_key_policy_delegates_to_the_account()
    {
        await Iam.OkAsync("create-user", "--user-name", "kms-user");
        var accessKey = (await Iam.OkAsync("create-access-key", "--user-name", "kms-user")).GetProperty("AccessKey");
        var user = Kms.As(accessKey.GetProperty("AccessKeyId").GetString()!, accessKey.GetProperty("SecretAccessKey").GetString()!);
        var delegating = await CreateKeyAsync(null);
        var userArn = $"arn:aws:iam::{Account}:user/kms-user";
        var closed = await CreateKeyAsync("""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::ACCOUNT:root"},"Action":"kms:*","Resource":"*","Condition":{"StringNotEquals":{"aws:PrincipalArn":"USER_ARN"}}}]}
            """.Replace("ACCOUNT", Account).Replace("USER_ARN", userArn));

        var before = await user.FailsAsync("encrypt", "--key-id", delegating, "--plaintext", "x");
        Assert.Contains("(AccessDeniedException)", before);
        Assert.Contains("because no identity-based policy allows the kms:Encrypt action", before);

        await Iam.OkAsync("put-user-policy", "--user-name", "kms-user", "--policy-name", "use-keys", "--policy-document",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["kms:Encrypt","kms:Decrypt"],"Resource":"arn:aws:kms:us-east-1:{{Account}}:key/*"}]}""");

        Assert.EndsWith(delegating, (await user.OkAsync("encrypt", "--key-id", delegating, "--plaintext", "x")).GetProperty("KeyId").GetString());
        Assert.Contains("(AccessDeniedException)", await user.FailsAsync("encrypt", "--key-id", closed, "--plaintext", "x"));
        Assert.Contains("(AccessDeniedException)", await user.FailsAsync("describe-key", "--key-id", delegating));
    }

    [Fact]
    public async Task Key_policy_conditions_see_the_encryption_context_and_the_alias_used()
    {
        var keyId = await CreateKeyAsync("""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::ACCOUNT:root"},"Action":"kms:*","Resource":"*"},
              {"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:Encrypt","Resource":"*","Condition":{"StringNotEquals":{"kms:EncryptionContext:app":"billing"}}},
              {"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:GenerateDataKey","Resource":"*","Condition":{"StringEquals":{"kms:RequestAlias":"alias/blocked"}}}]}
            """.Replace("ACCOUNT", Account));
        await Kms.OkAsync("create-alias", "--alias-name", "alias/blocked", "--target-key-id", keyId);
        await Kms.OkAsync("create-alias", "--alias-name", "alias/allowed", "--target-key-id", keyId);

        Assert.Contains("(AccessDeniedException)", await Kms.FailsAsync("encrypt", "--key-id", keyId, "--plaintext", "x", "--encryption-context", "app=other"));
        await Kms.OkAsync("encrypt", "--key-id", keyId, "--plaintext", "x", "--encryption-context", "app=billing");

        var viaAlias = await Kms.FailsAsync("generate-data-key", "--key-id", "alias/blocked", "--key-spec", "AES_256");
        Assert.Contains("(AccessDeniedException)", viaAlias);
        Assert.Contains($"arn:aws:kms:us-east-1:{Account}:key/{keyId}", viaAlias);
        await Kms.OkAsync("generate-data-key", "--key-id", "alias/allowed", "--key-spec", "AES_256");
    }

    [Fact]
    public async Task Key_policy_conditions_see_the_keys_aliases_as_they_change()
    {
        var keyId = await CreateKeyAsync("""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::ACCOUNT:root"},"Action":"kms:*","Resource":"*"},
              {"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:Encrypt","Resource":"*","Condition":{"ForAnyValue:StringEquals":{"kms:ResourceAliases":"alias/frozen"}}}]}
            """.Replace("ACCOUNT", Account));
        await Kms.OkAsync("create-alias", "--alias-name", "alias/unfrozen", "--target-key-id", keyId);
        await Kms.OkAsync("encrypt", "--key-id", keyId, "--plaintext", "x");

        await Kms.OkAsync("create-alias", "--alias-name", "alias/frozen", "--target-key-id", keyId);
        Assert.Contains("(AccessDeniedException)", await Kms.FailsAsync("encrypt", "--key-id", keyId, "--plaintext", "x"));
        Assert.Contains("(AccessDeniedException)", await Kms.FailsAsync("encrypt", "--key-id", "alias/unfrozen", "--plaintext", "x"));

        await Kms.OkAsync("delete-alias", "--alias-name", "alias/frozen");
        await Kms.OkAsync("encrypt", "--key-id", keyId, "--plaintext", "x");
    }

    [Fact]
    public async Task A_direct_call_has_no_kms_ViaService_so_policies_that_require_a_service_refuse_it()
    {
        var keyId = await CreateKeyAsync("""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::ACCOUNT:root"},"Action":"kms:*","Resource":"*"},
              {"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:Encrypt","Resource":"*","Condition":{"Null":{"kms:ViaService":"true"}}},
              {"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:GenerateDataKey","Resource":"*","Condition":{"StringEquals":{"kms:ViaService":"ec2.us-east-1.amazonaws.com"}}}]}
            """.Replace("ACCOUNT", Account));
        Assert.Contains("(AccessDeniedException)", await Kms.FailsAsync("encrypt", "--key-id", keyId, "--plaintext", "x"));
        await Kms.OkAsync("generate-data-key", "--key-id", keyId, "--key-spec", "AES_256");
    }

    [Fact]
    public async Task Key_policy_conditions_see_the_deletion_window_the_lockout_bypass_and_the_deprecated_spec_keys()
    {
        var keyId = await CreateKeyAsync("""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::ACCOUNT:root"},"Action":"kms:*","Resource":"*"},
              {"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:ScheduleKeyDeletion","Resource":"*","Condition":{"NumericLessThan":{"kms:ScheduleKeyDeletionPendingWindowInDays":"30"}}},
              {"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:PutKeyPolicy","Resource":"*","Condition":{"Bool":{"kms:BypassPolicyLockoutSafetyCheck":"true"}}},
              {"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:DescribeKey","Resource":"*","Condition":{"StringNotEquals":{"kms:CustomerMasterKeySpec":"SYMMETRIC_DEFAULT"}}},
              {"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:Encrypt","Resource":"*","Condition":{"StringEquals":{"kms:CustomerMasterKeyUsage":"ENCRYPT_DECRYPT"}}}]}
            """.Replace("ACCOUNT", Account));
        await Kms.OkAsync("describe-key", "--key-id", keyId);
        Assert.Contains("(AccessDeniedException)", await Kms.FailsAsync("encrypt", "--key-id", keyId, "--plaintext", "x"));
        var policy = (await Kms.OkAsync("get-key-policy", "--key-id", keyId, "--policy-name", "default")).GetProperty("Policy").GetString()!;

        Assert.Contains("(AccessDeniedException)", await Kms.FailsAsync(
            "put-key-policy", "--key-id", keyId, "--policy-name", "default", "--policy", policy, "--bypass-policy-lockout-safety-check"));
        await Kms.OkAsync("put-key-policy", "--key-id", keyId, "--policy-name", "default", "--policy", policy);

        Assert.Contains("(AccessDeniedException)", await Kms.FailsAsync("schedule-key-deletion", "--key-id", keyId, "--pending-window-in-days", "7"));
        Assert.Equal(30, (await Kms.OkAsync("schedule-key-deletion", "--key-id", keyId)).GetProperty("PendingWindowInDays").GetInt32());
    }

    private async Task<string> CreateKeyAsync(string? policy) =>
        (policy is null ? await Kms.OkAsync("create-key") : await Kms.OkAsync("create-key", "--policy", policy))
            .GetProperty("KeyMetadata").GetProperty("KeyId").GetString()!;
}
