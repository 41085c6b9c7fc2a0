using System.Text.Json;
using Rampart.Waf;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>The WAFv2 control plane as the gateway sees it, held by the test: one web ACL (in GetWebACL's shape)
/// and its IP sets, associated with every resource, changed by <see cref="Set"/>.</summary>
public sealed class TestWebAclSource : IWebAclSource
{
    private WebAclSnapshot? snapshot;

    public event Action? Changed;

    public int Lookups { get; private set; }

    public ValueTask<WebAclSnapshot?> FindForResourceAsync(string resourceArn, CancellationToken cancellationToken)
    {
        Lookups++;
        return ValueTask.FromResult(snapshot);
    }

    public void Set(string? webAclJson, IReadOnlyDictionary<string, string>? ipSets = null)
    {
        snapshot = webAclJson is null
            ? null
            : new WebAclSnapshot(
                JsonDocument.Parse(webAclJson).RootElement.Clone(),
                (ipSets ?? new Dictionary<string, string>()).ToDictionary(pair => pair.Key, pair => JsonDocument.Parse(pair.Value).RootElement.Clone()),
                new Dictionary<string, JsonElement>(),
                new Dictionary<string, JsonElement>());
        Changed?.Invoke();
    }
}
