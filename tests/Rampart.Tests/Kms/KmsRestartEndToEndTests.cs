using System.Text;
using Rampart.Tests.EndToEnd;
using Rampart.TestSupport;

namespace Rampart.Tests.Kms;

/// <summary>Keys outlive the server process: their sealed material opens again under the master key after a restart.</summary>
public sealed class KmsRestartEndToEndTests
{
    [Fact]
    public async Task Ciphertexts_and_signing_keys_survive_a_restart()
    {
        using var data = new TempDirectory("kms-restart");
        string keyId, blobPath, signingKey, publicKey;
        await using (var first = await RampartProcess.StartAsync(data.Path))
        {
            var kms = new AwsCli(first, "kms");
            keyId = (await kms.OkAsync("create-key")).GetProperty("KeyMetadata").GetProperty("KeyId").GetString()!;
            await kms.OkAsync("create-alias", "--alias-name", "alias/kept", "--target-key-id", keyId);
            var blob = (await kms.OkAsync("encrypt", "--key-id", "alias/kept", "--plaintext", "before restart", "--encryption-context", "k=v"))
                .GetProperty("CiphertextBlob").GetString()!;
            blobPath = data.File("blob.bin");
            await File.WriteAllBytesAsync(blobPath, Convert.FromBase64String(blob));
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
    }
}
