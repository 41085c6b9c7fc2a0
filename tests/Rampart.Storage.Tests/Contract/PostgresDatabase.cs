using Rampart.TestSupport;

namespace Rampart.Storage.Tests.Contract;

/// <summary>One database on the shared private PostgreSQL server for one test class.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = string.Empty;

    public PrivatePostgres Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PrivatePostgres.SharedAsync();
        ConnectionString = await Server.CreateDatabaseAsync("store_contract");
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
