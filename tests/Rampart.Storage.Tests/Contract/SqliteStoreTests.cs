using Microsoft.Data.Sqlite;

namespace Rampart.Storage.Tests.Contract;

/// <summary>The contract suite against the default embedded store, a fresh data directory per test.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SqliteStoreTests : StoreContractTests
{
    protected override string? StoreUri => null;

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DataDirectory.File(StoreFactory.DefaultDatabaseFileName)};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task The_database_is_a_WAL_file_in_the_data_directory()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice"), "{}");

        await using var connection = new SqliteConnection($"Data Source={DataDirectory.File(StoreFactory.DefaultDatabaseFileName)};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("sqlite", store.Kind);
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_new_database_uses_16_KiB_pages_and_an_existing_one_keeps_its_own()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice"), "{}");
        var older = DataDirectory.File("older/rampart.db");
        Directory.CreateDirectory(Path.GetDirectoryName(older)!);
        await using (var connection = new SqliteConnection($"Data Source={older};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "PRAGMA page_size = 4096; CREATE TABLE made_before (x);";
            await create.ExecuteNonQueryAsync();
        }
        await using (var reopened = await StoreFactory.OpenAsync($"sqlite:{older}", DataDirectory.Path))
        {
            await reopened.PutAsync(Key("bob"), "{}");
        }

        Assert.Equal(16384L, await PageSizeAsync(DataDirectory.File(StoreFactory.DefaultDatabaseFileName)));
        Assert.Equal(4096L, await PageSizeAsync(older));
    }

    private static async Task<long> PageSizeAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task The_database_file_is_readable_by_its_owner_only()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice"), "{}");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DataDirectory.File(StoreFactory.DefaultDatabaseFileName)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DataDirectory.File(StoreFactory.DefaultDatabaseFileName + "-wal")));
    }

    [Fact]
    public async Task A_sqlite_uri_names_the_database_file()
    {
        var path = DataDirectory.File("elsewhere/custom.db");
        await using var store = await StoreFactory.OpenAsync($"sqlite:{path}", DataDirectory.File("unused"));
        await store.PutAsync(Key("alice"), "{}");

        Assert.True(File.Exists(path));
        Assert.False(Directory.Exists(DataDirectory.File("unused")));
    }

    [Theory]
    [InlineData("mysql://root@localhost/db")]
    [InlineData("just words")]
    [InlineData("sqlite:")]
    public async Task An_unrecognized_store_is_refused_with_the_accepted_forms(string storeUri)
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => StoreFactory.OpenAsync(storeUri, DataDirectory.Path));

        Assert.Contains("sqlite:", refused.Message, StringComparison.Ordinal);
    }
}
