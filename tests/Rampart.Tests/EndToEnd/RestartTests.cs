using System.Runtime.Versioning;
using System.Text.Json;
using Rampart.TestSupport;

namespace Rampart.Tests.EndToEnd;

/// <summary>A server restarted on the same data directory is the same server: same account, same key, same files.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class RestartTests : IDisposable
{
    private readonly TempDirectory data = new("restart");

    [Fact]
    public async Task A_restart_keeps_the_account_and_key_and_rewrites_missing_files_identically()
    {
        string accountId, keyId, credentials;
        await using (var first = await RampartProcess.StartAsync(data.Path, "--account-id", "123456789012"))
        {
            accountId = first.AccountId;
            keyId = first.RootAccessKeyId;
            credentials = File.ReadAllText(first.CredentialsFile);
            Assert.Equal(0, await first.StopAsync());
        }
        Assert.Equal("123456789012", accountId);
        File.Delete(Path.Combine(data.Path, "credentials"));

        await using var second = await RampartProcess.StartAsync(data.Path);

        Assert.Equal(accountId, second.AccountId);
        Assert.Equal(keyId, second.RootAccessKeyId);
        Assert.DoesNotContain("password", second.StandardOutput, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(credentials, File.ReadAllText(second.CredentialsFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(second.CredentialsFile));
        var identity = await ExternalTools.AwsAsync(second.ClientEnvironment, "sts", "get-caller-identity");
        Assert.True(identity.ExitCode == 0, identity.ToString());
        Assert.Equal($"arn:aws:iam::{accountId}:root", JsonDocument.Parse(identity.Output).RootElement.GetProperty("Arn").GetString());
    }

    public void Dispose() => data.Dispose();
}
