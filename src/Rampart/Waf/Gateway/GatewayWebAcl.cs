using Microsoft.Extensions.Logging;
using Rampart.Waf.Engine;

namespace Rampart.Waf.Gateway;

/// <summary>
/// The web ACL in force at one gateway, compiled once and kept until the WAFv2 control plane announces a change; the
/// next request after a change loads and compiles the new definition, so changes bind without a restart.
/// </summary>
public sealed class GatewayWebAcl : IDisposable
{
    private readonly string gatewayArn;
    private readonly IWebAclSource? source;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private Task<ActiveWebAcl?>? current;
    private long version;

    public GatewayWebAcl(string gatewayArn, IWebAclSource? source, ILogger logger)
    {
        this.gatewayArn = gatewayArn;
        this.source = source;
        this.logger = logger;
        if (source is not null)
        {
            source.Changed += Invalidate;
        }
    }

    /// <summary>The web ACL in force, or null when none is associated.</summary>
    public ValueTask<ActiveWebAcl?> CurrentAsync()
    {
        var loaded = current;
        if (loaded is { IsCompletedSuccessfully: true })
        {
            return new ValueTask<ActiveWebAcl?>(loaded.Result);
        }
        return new ValueTask<ActiveWebAcl?>(LoadingTask());
    }

    private Task<ActiveWebAcl?> LoadingTask()
    {
        lock (gate)
        {
            if (current is { IsFaulted: false, IsCanceled: false } pending)
            {
                return pending;
            }
            var loading = LoadAsync(version);
            current = loading;
            return loading;
        }
    }

    private async Task<ActiveWebAcl?> LoadAsync(long loadingVersion)
    {
        if (source is null)
        {
            return null;
        }
        await Task.Yield();
        var snapshot = await source.FindForResourceAsync(gatewayArn, CancellationToken.None);
        if (snapshot is null)
        {
            return null;
        }
        try
        {
            var compiled = WebAclCompiler.Compile(snapshot.WebAcl,
                new WafReferences(snapshot.IpSets, snapshot.RegexPatternSets, snapshot.RuleGroups));
            return ActiveWebAcl.Of(compiled, snapshot.WebAcl);
        }
        catch (WafDefinitionException e)
        {
            // The control plane validates with the same compiler, so this is a definition stored by an older version;
            // the gateway keeps serving rather than failing every request, and says so.
            logger.LogError("Gateway {Gateway}: the associated web ACL does not compile ({ErrorCode}: {Message}); requests pass uninspected until it changes.",
                gatewayArn, e.ErrorCode, e.Message);
            return null;
        }
        finally
        {
            lock (gate)
            {
                if (version != loadingVersion)
                {
                    // A change arrived while loading: this result may predate it, so the next request loads again.
                    current = null;
                }
            }
        }
    }

    private void Invalidate()
    {
        lock (gate)
        {
            version++;
            current = null;
        }
    }

    public void Dispose()
    {
        if (source is not null)
        {
            source.Changed -= Invalidate;
        }
    }
}
