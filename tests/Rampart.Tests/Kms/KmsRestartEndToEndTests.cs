using System.Text;
using Rampart.Tests.EndToEnd;
using Rampart.TestSupport;

namespace Rampart.Tests.Kms;

/// <summary>Keys outlive the server process: their sealed material opens again under the master key after a restart.</summary>
public sealed class KmsRestartEndToEndTests
{
    [Fact]
    public async Task Ciphertexts_signing_keys_rotations_and_grants_survive_a_restart()
    {
        using var data = new TempDirectory("kms-restart");
        string keyId, blobPath, signingKey, publicKey, grantId;
        await using (var first = await RampartProcess.StartAsync(data.Path))
        {
            var kms = new AwsCli(first, "kms");
            keyId = (await kms.OkAsync("create-key")).GetProperty("KeyMetadata").GetProperty("KeyId").GetString()!;
            await kms.OkAsync("create-alias", "--alias-name", "alias/kept", "--target-key-id", keyId);
            var blob = (await kms.OkAsync("encrypt", "--key-id", "alias/kept", "--plaintext", "before restart", "--encryption-context", "k=v"))
                .GetProperty("CiphertextBlob").GetString()!;
            blobPath = data.File("blob.bin");
            await File.WriteAllBytesAsync(blobPath, Convert.FromBase64String(blob));
            await kms.OkAsync("rotate-key-on-demand", "--key-id", keyId);
            await kms.OkAsync("enable-key-rotation", "--key-id", keyId, "--rotation-period-in-days", "180");
            grantId = (await kms.OkAsync("create-grant", "--key-id", keyId, "--grantee-principal", $"arn:aws:iam::{first.AccountId}:root",
                "--operations", "Decrypt")).GetProperty("GrantId").GetString()!;
            signingKey = (await kms.OkAsync("create-key", "--key-spec", "ECC_NIST_P384", "--key-usage", "SIGN_VERIFY"))
                .GetProperty("KeyMetadata").GetProperty("KeyId").GetString()!;
            publicKey = (await kms.OkAsync("get-public-key", "--key-id", signingKey)).GetProperty("PublicKey").GetString()!;
            await first.StopAsync();
        }

        await using var second = await RampartProcess.StartAsync(data.Path);
        var again = new AwsCli(second, "kms");
        var decrypted = await again.OkAsync("decrypt", "--ciphertext-blob", $"fileb://{blobPath}", "--encryption-context", "k=v");
        Assert.Equal("before restart", Encoding.UTF8.GetString(Convert.FromBase64String(decrypted.GetProperty("Plaintext").GetString()!)));
        Assert.Equal(keyId, (await again.OkAsync("describe-key", "--key-id", "alias/kept")).GetProperty("KeyMetadata").GetProperty("KeyId").GetString());
        Assert.Equal(publicKey, (await again.OkAsync("get-public-key", "--key-id", signingKey)).GetProperty("PublicKey").GetString());
        var status = await again.OkAsync("get-key-rotation-status", "--key-id", keyId);
        Assert.True(status.GetProperty("KeyRotationEnabled").GetBoolean());
        Assert.Equal(180, status.GetProperty("RotationPeriodInDays").GetInt32());
        Assert.Equal("ON_DEMAND", (await again.OkAsync("list-key-rotations", "--key-id", keyId)).GetProperty("Rotations")[0].GetProperty("RotationType").GetString());
        Assert.Equal(grantId, (await again.OkAsync("list-grants", "--key-id", keyId)).GetProperty("Grants")[0].GetProperty("GrantId").GetString());
    }
}
