using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Rampart.Storage.Secrets;
using Rampart.TestSupport;

namespace Rampart.Storage.Tests.Secrets;

/// <summary>The PKCS#11 master key source against a real SoftHSM token that the test creates in its own directory.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class Pkcs11MasterKeySourceTests : IDisposable
{
    private const string Module = "/usr/lib/softhsm/libsofthsm2.so";
    private const string Pin = "24681357";

    private readonly TempDirectory directory = new("pkcs11");
    private readonly string token = "rampart-" + Guid.NewGuid().ToString("N")[..8];

    public Pkcs11MasterKeySourceTests()
    {
        if (!File.Exists(Module) || !File.Exists("/usr/bin/softhsm2-util"))
        {
            Assert.Fail("SoftHSM is not installed: apt-get install softhsm2 (it provides /usr/bin/softhsm2-util and " + Module + ").");
        }
        Directory.CreateDirectory(directory.File("tokens"));
        File.WriteAllText(directory.File("softhsm2.conf"), $"directories.tokendir = {directory.File("tokens")}\nobjectstore.backend = file\n");
        // SoftHSM reads its configuration from this variable when the module is initialized; .NET's own environment
        // is invisible to native code, so the process environment is set directly.
        Assert.Equal(0, SetEnvironment("SOFTHSM2_CONF", directory.File("softhsm2.conf"), 1));
        SoftHsmUtil("--init-token", "--free", "--label", token, "--so-pin", "13572468", "--pin", Pin);
    }

    [Fact]
    public void The_first_load_makes_a_key_in_the_token_and_later_loads_unwrap_the_same_data_key()
    {
        var first = Source().LoadKey();
        var again = Source().LoadKey();

        Assert.Equal(MasterKey.SizeInBytes, first.Length);
        Assert.Equal(first, again);
        var stored = File.ReadAllText(WrappedKeyPath);
        Assert.DoesNotContain(Convert.ToBase64String(first), stored, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(WrappedKeyPath));
    }

    [Fact]
    public void The_wrapping_key_lives_in_its_token_only()
    {
        Source().LoadKey();
        var other = "other-" + Guid.NewGuid().ToString("N")[..8];
        SoftHsmUtil("--init-token", "--free", "--label", other, "--so-pin", "13572468", "--pin", Pin);

        var elsewhere = Assert.Throws<MasterKeyException>(() => new Pkcs11MasterKeySource(
            $"pkcs11:token={other}?module-path={Module}&pin-value={Pin}", WrappedKeyPath).LoadKey());
        Assert.Contains($"has no AES key labelled 'rampart-master', so {WrappedKeyPath} cannot be unwrapped", elsewhere.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_master_key_moves_into_the_token_unchanged()
    {
        var fileKey = RandomNumberGenerator.GetBytes(MasterKey.SizeInBytes);
        Source().ImportExisting(fileKey);

        Assert.Equal(fileKey, Source().LoadKey());
    }

    [Fact]
    public void Moving_a_data_directory_to_the_token_keeps_what_the_key_file_sealed_readable()
    {
        var data = directory.File("data");
        var secret = RandomNumberGenerator.GetBytes(32);
        byte[] sealedSecret;
        using (var before = new SecretProtector(new FileMasterKeySource(Path.Combine(data, MasterKey.FileName))))
        {
            sealedSecret = before.Protect(secret, "kms key material"u8);
        }
        var uri = $"pkcs11:token={token};object=rampart-master?module-path={Module}&pin-value={Pin}";
        var wrapped = Path.Combine(data, Pkcs11MasterKeySource.WrappedKeyFileName);

        Assert.StartsWith("key file ", MasterKeyMove.ToPkcs11(data, uri), StringComparison.Ordinal);

        using (var after = new SecretProtector(new Pkcs11MasterKeySource(uri, wrapped)))
        {
            Assert.Equal(secret, after.Unprotect(sealedSecret, "kms key material"u8));
        }
        Assert.Contains("exists already", Assert.Throws<MasterKeyException>(() => MasterKeyMove.ToPkcs11(data, uri)).Message, StringComparison.Ordinal);
        var empty = directory.File("empty");
        Assert.Contains("no master key to move", Assert.Throws<MasterKeyException>(() => MasterKeyMove.ToPkcs11(empty, uri)).Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(empty, MasterKey.FileName)));
    }

    [Fact]
    public void A_wrong_PIN_an_absent_token_and_an_altered_file_fail_with_a_clear_message()
    {
        Source().LoadKey();

        var wrongPin = Assert.Throws<MasterKeyException>(() => Source(pin: "00000000").LoadKey());
        Assert.Contains($"Logging in to PKCS#11 token '{token}' failed", wrongPin.Message, StringComparison.Ordinal);

        var absent = Assert.Throws<MasterKeyException>(() => new Pkcs11MasterKeySource(
            $"pkcs11:token=nowhere?module-path={Module}&pin-value={Pin}", WrappedKeyPath).LoadKey());
        Assert.Contains("No PKCS#11 token labelled 'nowhere'", absent.Message, StringComparison.Ordinal);

        var lines = File.ReadAllLines(WrappedKeyPath);
        var bytes = Convert.FromBase64String(lines[1]);
        bytes[^1] ^= 1;
        File.WriteAllLines(WrappedKeyPath, [lines[0], Convert.ToBase64String(bytes)]);
        var altered = Assert.Throws<MasterKeyException>(() => Source().LoadKey());
        Assert.Contains("could not unwrap", altered.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_URI_is_refused_before_any_token_is_touched()
    {
        Assert.Contains("module-path", Assert.Throws<MasterKeyException>(() => new Pkcs11MasterKeySource("pkcs11:token=x", WrappedKeyPath)).Message,
            StringComparison.Ordinal);
        Assert.Contains("token label", Assert.Throws<MasterKeyException>(() => new Pkcs11MasterKeySource($"pkcs11:?module-path={Module}", WrappedKeyPath)).Message,
            StringComparison.Ordinal);
        Assert.Throws<MasterKeyException>(() => new Pkcs11MasterKeySource("file:/etc/key", WrappedKeyPath));
    }

    public void Dispose()
    {
        UnsetEnvironment("SOFTHSM2_CONF");
        directory.Dispose();
    }

    [DllImport("libc", EntryPoint = "setenv")]
    private static extern int SetEnvironment(string name, string value, int overwrite);

    [DllImport("libc", EntryPoint = "unsetenv")]
    private static extern int UnsetEnvironment(string name);

    private string WrappedKeyPath => directory.File(Pkcs11MasterKeySource.WrappedKeyFileName);

    private Pkcs11MasterKeySource Source(string pin = Pin) =>
        new($"pkcs11:token={token};object=rampart-master?module-path={Module}&pin-value={pin}", WrappedKeyPath);

    private string SoftHsmUtil(params string[] arguments)
    {
        var start = new ProcessStartInfo("softhsm2-util") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["SOFTHSM2_CONF"] = directory.File("softhsm2.conf");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"softhsm2-util {string.Join(' ', arguments)} failed: {output}");
        return output;
    }
}
