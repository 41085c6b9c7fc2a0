using System.Diagnostics;
using Rampart.TestSupport;

namespace Rampart.Tests.Iam.Credentials;

/// <summary>Makes RSA key pairs with OpenSSH's ssh-keygen and asks it for a key's MD5 fingerprint, so the server's
/// parsing and fingerprint are checked against OpenSSH itself.</summary>
public static class SshKeyGen
{
    /// <summary>The public key line ("ssh-rsa AAAA... comment") of a new key of <paramref name="bits"/> bits.</summary>
    public static async Task<string> PublicKeyAsync(TempDirectory directory, string name, int bits)
    {
        var file = directory.File(name);
        await RunAsync("-q", "-t", "rsa", "-b", bits.ToString(System.Globalization.CultureInfo.InvariantCulture), "-N", "", "-C", name, "-f", file);
        return (await File.ReadAllTextAsync(file + ".pub")).Trim();
    }

    /// <summary>The fingerprint as IAM shows it: ssh-keygen's MD5 form without its "MD5:" prefix.</summary>
    public static async Task<string> Md5FingerprintAsync(TempDirectory directory, string name)
    {
        var output = await RunAsync("-l", "-E", "md5", "-f", directory.File(name) + ".pub");
        return output.Split(' ')[1]["MD5:".Length..];
    }

    private static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("ssh-keygen") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"ssh-keygen {string.Join(' ', arguments)}: {error}");
        return output;
    }
}
