using System.Diagnostics;
using System.Text;
using Rampart.Tests.EndToEnd;
using Rampart.TestSupport;

namespace Rampart.Tests.Kms;

/// <summary>An operator moves a data directory's master key from the key file into a SoftHSM token with
/// `rampart master-key move-to-pkcs11`; the server then starts from the token and KMS keys made before still decrypt.</summary>
public sealed class KmsMasterKeyMoveEndToEndTests
{
    private const string Module = "/usr/lib/softhsm/libsofthsm2.so";
    private const string Pin = "11223344";

    [Fact]
    public async Task Key_material_sealed_under_the_key_file_opens_under_the_token_after_the_move()
    {
        if (!File.Exists(Module) || !File.Exists("/usr/bin/softhsm2-util"))
        {
            Assert.Fail("SoftHSM is not installed: apt-get install softhsm2.");
        }
        using var directory = new TempDirectory("kms-master-key-move");
        var data = directory.File("data");
        Directory.CreateDirectory(directory.File("tokens"));
        File.WriteAllText(directory.File("softhsm2.conf"), $"directories.tokendir = {directory.File("tokens")}\nobjectstore.backend = file\n");
        var token = "move-" + Guid.NewGuid().ToString("N")[..8];
        await SoftHsmUtilAsync(directory.File("softhsm2.conf"), "--init-token", "--free", "--label", token, "--so-pin", "55667788", "--pin", Pin);
        var tokenEnvironment = new Dictionary<string, string>
        {
            ["SOFTHSM2_CONF"] = directory.File("softhsm2.conf"),
            ["RAMPART_MASTER_KEY_PKCS11"] = $"pkcs11:token={token}?module-path={Module}&pin-value={Pin}",
        };

        string blobPath;
        await using (var before = await RampartProcess.StartAsync(data))
        {
            var kms = new AwsCli(before, "kms");
            var keyId = (await kms.OkAsync("create-key")).GetProperty("KeyMetadata").GetProperty("KeyId").GetString()!;
            var blob = (await kms.OkAsync("encrypt", "--key-id", keyId, "--plaintext", "sealed under the file key")).GetProperty("CiphertextBlob").GetString()!;
            blobPath = directory.File("blob.bin");
            await File.WriteAllBytesAsync(blobPath, Convert.FromBase64String(blob));
            await before.StopAsync();
        }

        var moved = await RampartProcess.RunToExitAsync(tokenEnvironment, "master-key", "move-to-pkcs11", "--data", data);
        Assert.True(moved.ExitCode == 0, moved.ToString());
        Assert.Contains("is now wrapped under the PKCS#11 token", moved.Output, StringComparison.Ordinal);
        File.Delete(Path.Combine(data, "master.key"));

        await using var after = await RampartProcess.StartAsync(data, tokenEnvironment);
        var decrypted = await new AwsCli(after, "kms").OkAsync("decrypt", "--ciphertext-blob", $"fileb://{blobPath}");
        Assert.Equal("sealed under the file key", Encoding.UTF8.GetString(Convert.FromBase64String(decrypted.GetProperty("Plaintext").GetString()!)));
        Assert.False(File.Exists(Path.Combine(data, "master.key")));

        var again = await RampartProcess.RunToExitAsync(tokenEnvironment, "master-key", "move-to-pkcs11", "--data", data);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("exists already", again.Error, StringComparison.Ordinal);
    }

    private static async Task SoftHsmUtilAsync(string configuration, params string[] arguments)
    {
        var start = new ProcessStartInfo("softhsm2-util") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["SOFTHSM2_CONF"] = configuration;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"softhsm2-util failed: {output}");
    }
}
