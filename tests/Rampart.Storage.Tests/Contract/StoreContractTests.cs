using Rampart.Storage.Items;
using Rampart.TestSupport;

namespace Rampart.Storage.Tests.Contract;

/// <summary>
/// The behaviour every store must have. Each concrete subclass runs the whole suite against one implementation;
/// each test starts from an empty store.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private readonly List<IStore> opened = [];

    protected TempDirectory DataDirectory { get; } = new("store");

    /// <summary>The --store value that selects the implementation under test (null: the SQLite default).</summary>
    protected abstract string? StoreUri { get; }

    /// <summary>Runs a statement directly against the database, bypassing the store.</summary>
    protected abstract Task ExecuteRawAsync(string sql);

    public virtual async Task InitializeAsync()
    {
        var store = await OpenStoreAsync();
        await store.WipeAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var store in opened)
        {
            await store.DisposeAsync();
        }

        DataDirectory.Dispose();
    }

    /// <summary>A store instance on the database under test, disposed after the test.</summary>
    protected async Task<IStore> OpenStoreAsync()
    {
        var store = await StoreFactory.OpenAsync(StoreUri, DataDirectory.Path);
        opened.Add(store);
        return store;
    }

    protected static ItemKey Key(string key, string collection = "test.item", string partition = "111122223333") => new(collection, partition, key);
}
