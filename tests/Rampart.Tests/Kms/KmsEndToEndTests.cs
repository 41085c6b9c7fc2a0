using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Kms;

/// <summary>KMS through the real aws CLI and boto3 against one enforcing server.</summary>
public sealed class KmsEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Kms => new(fixture.Server, "kms");

    private string Account => fixture.Server.AccountId;

    [Fact]
    public async Task A_new_key_has_the_default_policy_and_round_trips_with_its_encryption_context()
    {
        var metadata = (await Kms.OkAsync("create-key", "--description", "round trip", "--tags", "TagKey=team,TagValue=core"))
            .GetProperty("KeyMetadata");
        var keyId = metadata.GetProperty("KeyId").GetString()!;
        Assert.Equal($"arn:aws:kms:us-east-1:{Account}:key/{keyId}", metadata.GetProperty("Arn").GetString());
        Assert.Equal("Enabled", metadata.GetProperty("KeyState").GetString());
        Assert.Equal("SYMMETRIC_DEFAULT", metadata.GetProperty("KeySpec").GetString());
        Assert.Equal("ENCRYPT_DECRYPT", metadata.GetProperty("KeyUsage").GetString());

        var policy = JsonDocument.Parse((await Kms.OkAsync("get-key-policy", "--key-id", keyId, "--policy-name", "default"))
            .GetProperty("Policy").GetString()!).RootElement;
        var statement = policy.GetProperty("Statement")[0];
        Assert.Equal("Enable IAM User Permissions", statement.GetProperty("Sid").GetString());
        Assert.Equal($"arn:aws:iam::{Account}:root", statement.GetProperty("Principal").GetProperty("AWS").GetString());
        Assert.Equal("kms:*", statement.GetProperty("Action").GetString());

        var encrypted = await Kms.OkAsync("encrypt", "--key-id", keyId, "--plaintext", "hello kms", "--encryption-context", "app=billing,stage=prod");
        Assert.Equal(metadata.GetProperty("Arn").GetString(), encrypted.GetProperty("KeyId").GetString());
        var blob = WriteBlob(encrypted.GetProperty("CiphertextBlob").GetString()!);

        var decrypted = await Kms.OkAsync("decrypt", "--ciphertext-blob", $"fileb://{blob}", "--encryption-context", "stage=prod,app=billing");
        Assert.Equal("hello kms", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(decrypted.GetProperty("Plaintext").GetString()!)));

        Assert.Contains("(InvalidCiphertextException)",
            await Kms.FailsAsync("decrypt", "--ciphertext-blob", $"fileb://{blob}", "--encryption-context", "app=billing,stage=dev"));
        Assert.Contains("(InvalidCiphertextException)", await Kms.FailsAsync("decrypt", "--ciphertext-blob", $"fileb://{blob}"));

        var tags = await Kms.OkAsync("list-resource-tags", "--key-id", keyId);
        Assert.Equal("core", tags.GetProperty("Tags")[0].GetProperty("TagValue").GetString());
    }

    [Fact]
    public async Task Disabled_and_pending_deletion_keys_refuse_to_work_with_AWS_errors()
    {
        var keyId = await CreateKeyAsync();
        var arn = $"arn:aws:kms:us-east-1:{Account}:key/{keyId}";
        var blob = WriteBlob((await Kms.OkAsync("encrypt", "--key-id", keyId, "--plaintext", "state")).GetProperty("CiphertextBlob").GetString()!);

        await Kms.OkAsync("disable-key", "--key-id", keyId);
        Assert.False((await Kms.OkAsync("describe-key", "--key-id", keyId)).GetProperty("KeyMetadata").GetProperty("Enabled").GetBoolean());
        var disabled = await Kms.FailsAsync("encrypt", "--key-id", keyId, "--plaintext", "x");
        Assert.Contains("(DisabledException)", disabled);
        Assert.Contains($"{arn} is disabled.", disabled);
        Assert.Contains("(DisabledException)", await Kms.FailsAsync("decrypt", "--ciphertext-blob", $"fileb://{blob}"));
        await Kms.OkAsync("enable-key", "--key-id", keyId);
        await Kms.OkAsync("decrypt", "--ciphertext-blob", $"fileb://{blob}");

        Assert.Contains("(ValidationException)", await Kms.FailsAsync("schedule-key-deletion", "--key-id", keyId, "--pending-window-in-days", "6"));
        var scheduled = await Kms.OkAsync("schedule-key-deletion", "--key-id", keyId, "--pending-window-in-days", "7");
        Assert.Equal("PendingDeletion", scheduled.GetProperty("KeyState").GetString());
        Assert.Equal(7, scheduled.GetProperty("PendingWindowInDays").GetInt32());
        var pending = await Kms.FailsAsync("decrypt", "--ciphertext-blob", $"fileb://{blob}");
        Assert.Contains("(KMSInvalidStateException)", pending);
        Assert.Contains($"{arn} is pending deletion.", pending);
        Assert.Contains("(KMSInvalidStateException)", await Kms.FailsAsync("enable-key", "--key-id", keyId));

        var cancelled = await Kms.OkAsync("cancel-key-deletion", "--key-id", keyId);
        Assert.Equal(arn, cancelled.GetProperty("KeyId").GetString());
        Assert.Equal("Disabled", (await Kms.OkAsync("describe-key", "--key-id", keyId)).GetProperty("KeyMetadata").GetProperty("KeyState").GetString());
        Assert.Contains("(KMSInvalidStateException)", await Kms.FailsAsync("cancel-key-deletion", "--key-id", keyId));
    }

    [Fact]
    public async Task An_explicit_deny_in_the_key_policy_binds_even_the_root_user()
    {
        var policy = $$"""
            {"Version":"2012-10-17","Statement":[
              {"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Account}}:root"},"Action":"kms:*","Resource":"*"},
              {"Sid":"NoEncrypt","Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:Encrypt","Resource":"*"}]}
            """;
        var keyId = (await Kms.OkAsync("create-key", "--policy", policy)).GetProperty("KeyMetadata").GetProperty("KeyId").GetString()!;

        var denied = await Kms.FailsAsync("encrypt", "--key-id", keyId, "--plaintext", "x");
        Assert.Contains("(AccessDeniedException)", denied);
        Assert.Contains("kms:Encrypt", denied);
        await Kms.OkAsync("generate-data-key", "--key-id", keyId, "--key-spec", "AES_256");
    }

    [Fact]
    public async Task The_lockout_safety_check_refuses_a_policy_that_shuts_the_caller_out_unless_bypassed()
    {
        const string Nobody = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}""";
        var refused = await Kms.FailsAsync("create-key", "--policy", Nobody);
        Assert.Contains("(MalformedPolicyDocumentException)", refused);
        Assert.Contains("The new key policy will not allow you to update the key policy in the future.", refused);
        Assert.Contains("(MalformedPolicyDocumentException)", await Kms.FailsAsync("create-key", "--policy", "{\"Version\":\"2012-10-17\"}"));

        var keyId = (await Kms.OkAsync("create-key", "--policy", Nobody, "--bypass-policy-lockout-safety-check"))
            .GetProperty("KeyMetadata").GetProperty("KeyId").GetString()!;
        // The key policy grants this account nothing, so not even its root user may use or manage the key.
        Assert.Contains("(AccessDeniedException)", await Kms.FailsAsync("describe-key", "--key-id", keyId));
        Assert.Contains("(AccessDeniedException)", await Kms.FailsAsync("put-key-policy", "--key-id", keyId, "--policy-name", "default", "--policy", Nobody));
    }

    [Fact]
    public async Task Aliases_name_keys_with_AWS_rules()
    {
        var first = await CreateKeyAsync();
        var second = await CreateKeyAsync();
        await Kms.OkAsync("create-alias", "--alias-name", "alias/orders", "--target-key-id", first);
        var duplicate = await Kms.FailsAsync("create-alias", "--alias-name", "alias/orders", "--target-key-id", second);
        Assert.Contains("(AlreadyExistsException)", duplicate);
        Assert.Contains($"arn:aws:kms:us-east-1:{Account}:alias/orders already exists", duplicate);
        Assert.Contains("(ValidationException)", await Kms.FailsAsync("create-alias", "--alias-name", "orders2", "--target-key-id", first));
        Assert.Contains("(InvalidAliasNameException)", await Kms.FailsAsync("create-alias", "--alias-name", "alias/aws/orders", "--target-key-id", first));

        Assert.Equal(first, (await Kms.OkAsync("describe-key", "--key-id", "alias/orders")).GetProperty("KeyMetadata").GetProperty("KeyId").GetString());
        Assert.Equal(first, (await Kms.OkAsync("describe-key", "--key-id", $"arn:aws:kms:us-east-1:{Account}:alias/orders"))
            .GetProperty("KeyMetadata").GetProperty("KeyId").GetString());
        var blob = WriteBlob((await Kms.OkAsync("encrypt", "--key-id", "alias/orders", "--plaintext", "via alias")).GetProperty("CiphertextBlob").GetString()!);

        await Kms.OkAsync("update-alias", "--alias-name", "alias/orders", "--target-key-id", second);
        var listed = (await Kms.OkAsync("list-aliases", "--key-id", second)).GetProperty("Aliases");
        Assert.Equal("alias/orders", Assert.Single(listed.EnumerateArray()).GetProperty("AliasName").GetString());
        Assert.Equal(second, (await Kms.OkAsync("encrypt", "--key-id", "alias/orders", "--plaintext", "x")).GetProperty("KeyId").GetString()!.Split('/')[^1]);
        // The earlier ciphertext names its own key, whatever the alias points to now.
        Assert.Contains("(IncorrectKeyException)", await Kms.FailsAsync("decrypt", "--ciphertext-blob", $"fileb://{blob}", "--key-id", "alias/orders"));
        await Kms.OkAsync("decrypt", "--ciphertext-blob", $"fileb://{blob}");

        await Kms.OkAsync("delete-alias", "--alias-name", "alias/orders");
        Assert.Contains("(NotFoundException)", await Kms.FailsAsync("describe-key", "--key-id", "alias/orders"));
        Assert.Contains("(NotFoundException)", await Kms.FailsAsync("delete-alias", "--alias-name", "alias/orders"));
    }

    [Fact]
    public async Task List_keys_pages_with_limit_and_marker()
    {
        for (var i = 0; i < 3; i++)
        {
            await CreateKeyAsync();
        }
        var seen = new List<string>();
        string? marker = null;
        do
        {
            var page = marker is null
                ? await Kms.OkAsync("list-keys", "--limit", "2", "--no-paginate")
                : await Kms.OkAsync("list-keys", "--limit", "2", "--marker", marker, "--no-paginate");
            var keys = page.GetProperty("Keys").EnumerateArray().Select(k => k.GetProperty("KeyId").GetString()!).ToList();
            Assert.InRange(keys.Count, 0, 2);
            seen.AddRange(keys);
            marker = page.GetProperty("Truncated").GetBoolean() ? page.GetProperty("NextMarker").GetString() : null;
        }
        while (marker is not null);
        Assert.True(seen.Count >= 3);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Envelope_encryption_works_as_users_do_it()
    {
        var seen = await Kms.PythonAsync(KmsScripts.Envelope);
        Assert.Equal(32, seen.GetProperty("plaintextLength").GetInt32());
        Assert.Equal("the secret payload", seen.GetProperty("payload").GetString());
        Assert.True(seen.GetProperty("keyIdIsArn").GetBoolean());
        Assert.Equal("InvalidCiphertextException", seen.GetProperty("wrongContext").GetString());
        Assert.Equal(64, seen.GetProperty("withoutPlaintextLength").GetInt32());
        Assert.Equal("ValidationException", seen.GetProperty("bothSizes").GetString());
        Assert.Equal(1024, seen.GetProperty("random").GetInt32());
    }

    [Fact]
    public async Task Signatures_public_keys_RSA_encryption_and_MACs_interoperate_with_the_cryptography_package()
    {
        var seen = await Kms.PythonAsync(KmsScripts.Signatures);
        Assert.True(seen.GetProperty("rsaVerifiedLocally").GetBoolean());
        Assert.True(seen.GetProperty("rsaKmsVerify").GetBoolean());
        Assert.Equal("KMSInvalidSignatureException", seen.GetProperty("rsaBadSignature").GetString());
        Assert.Equal("InvalidKeyUsageException", seen.GetProperty("rsaEncryptOnSigningKey").GetString());
        Assert.True(seen.GetProperty("ecVerifiedLocally").GetBoolean());
        Assert.Equal("InvalidKeyUsageException", seen.GetProperty("ecWrongAlgorithm").GetString());
        Assert.Equal("ValidationException", seen.GetProperty("ecDigestTooShort").GetString());
        Assert.Equal("for kms only", seen.GetProperty("oaepDecrypted").GetString());
        Assert.Equal("round trip", seen.GetProperty("oaepSha1").GetString());
        Assert.Equal(32, seen.GetProperty("macLength").GetInt32());
        Assert.True(seen.GetProperty("macValid").GetBoolean());
        Assert.Equal("KMSInvalidMacException", seen.GetProperty("macWrong").GetString());
        Assert.Equal("UnsupportedOperationException", seen.GetProperty("symmetricPublicKey").GetString());
    }

    [Fact]
    public async Task Altered_or_misdirected_ciphertexts_do_not_decrypt()
    {
        var seen = await Kms.PythonAsync(KmsScripts.BadCiphertexts);
        Assert.Equal("IncorrectKeyException", seen.GetProperty("wrongKeyId").GetString());
        Assert.Equal("integrity", seen.GetProperty("rightKeyId").GetString());
        Assert.Equal("InvalidCiphertextException", seen.GetProperty("tampered").GetString());
        Assert.Equal("InvalidCiphertextException", seen.GetProperty("garbage").GetString());
        Assert.True(seen.GetProperty("reEncryptSource").GetBoolean());
        Assert.Equal("move", seen.GetProperty("reEncrypted").GetString());
        Assert.Equal("ValidationException", seen.GetProperty("tooLarge").GetString());
    }

    private async Task<string> CreateKeyAsync() =>
        (await Kms.OkAsync("create-key")).GetProperty("KeyMetadata").GetProperty("KeyId").GetString()!;

    private static string WriteBlob(string base64)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kms-blob-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, Convert.FromBase64String(base64));
        return path;
    }
}
