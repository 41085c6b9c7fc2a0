using System.Text.Json;
using Rampart.TestSupport;

namespace Rampart.Tests.EndToEnd;

/// <summary>The server on a private PostgreSQL (--store), through the aws CLI, across a restart.</summary>
public sealed class PostgresStoreTests : IDisposable
{
    private readonly TempDirectory data = new("pgstore");

    [Fact]
    public async Task Serves_from_postgresql_and_keeps_its_state_across_a_restart()
    {
        var postgres = await PrivatePostgres.SharedAsync();
        var store = postgres.UriFor(await postgres.CreateDatabaseAsync("rampart_e2e"));

        string accountId;
        await using (var first = await RampartProcess.StartAsync(data.Path, "--store", store))
        {
            Assert.Contains("store: postgresql", first.StandardOutput);
            accountId = first.AccountId;
            var identity = await ExternalTools.AwsAsync(first.ClientEnvironment, "sts", "get-caller-identity");
            Assert.True(identity.ExitCode == 0, identity.ToString());
            Assert.Equal($"arn:aws:iam::{accountId}:root", JsonDocument.Parse(identity.Output).RootElement.GetProperty("Arn").GetString());
        }
        Assert.False(File.Exists(Path.Combine(data.Path, "rampart.db")), "With --store the SQLite database must not be created.");

        await using var second = await RampartProcess.StartAsync(data.Path, "--store", store);

        Assert.Equal(accountId, second.AccountId);
        var again = await ExternalTools.AwsAsync(second.ClientEnvironment, "sts", "get-caller-identity");
        Assert.True(again.ExitCode == 0, again.ToString());
    }

    public void Dispose() => data.Dispose();
}
