using System.Collections.Concurrent;
using System.Text.Json;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Gateway;

/// <summary>
/// The logging configuration of each web ACL, read from where the WAFv2 control plane stores it and kept until a
/// WAFv2 change is announced, so PutLoggingConfiguration and DeleteLoggingConfiguration bind the next request.
/// </summary>
public sealed class WafLoggingSource
{
    private readonly IStore store;
    private readonly string dataDirectory;
    private readonly ConcurrentDictionary<string, Task<WafLogDestination?>> destinations = new(StringComparer.Ordinal);

    public WafLoggingSource(IStore store, string dataDirectory, IWebAclSource? changes)
    {
        this.store = store;
        this.dataDirectory = dataDirectory;
        if (changes is not null)
        {
            changes.Changed += destinations.Clear;
        }
    }

    public ValueTask<WafLogDestination?> FindAsync(string webAclArn)
    {
        var found = destinations.GetOrAdd(webAclArn, LoadAsync);
        if (found.IsFaulted)
        {
            destinations.TryRemove(webAclArn, out _);
        }
        return new ValueTask<WafLogDestination?>(found);
    }

    private async Task<WafLogDestination?> LoadAsync(string webAclArn)
    {
        if (WafArn.TryParse(webAclArn) is not { } arn)
        {
            return null;
        }
        var key = new ItemKey(WafCollections.Logging, WafCollections.Partition(arn.AccountId, arn.Region), $"{arn.Scope.Name}/{arn.Id}");
        var item = await store.GetAsync(key, CancellationToken.None);
        return item is null ? null : WafLogDestination.Of(JsonDocument.Parse(item.Json).RootElement, dataDirectory);
    }
}
