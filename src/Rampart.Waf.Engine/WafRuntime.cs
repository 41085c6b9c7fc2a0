using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Rampart.Waf.Engine.RateLimiting;

namespace Rampart.Waf.Engine;

/// <summary>
/// The state evaluation shares across requests: the clock, the rate-based rules' counters and the geolocation lookup.
/// One runtime serves every web ACL of a process; a rate-based rule's counters belong to the web ACL ARN and rule
/// path that owns them, and restart when the rule's settings change, as AWS WAF's do. Thread-safe.
/// </summary>
public sealed class WafRuntime(TimeProvider? clock = null, IWafGeoLookup? geo = null)
{
    private readonly ConcurrentDictionary<string, RateLimitInstance> rateInstances = new(StringComparer.Ordinal);

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    public IWafGeoLookup? Geo { get; } = geo;

    /// <summary>The addresses a rate-based rule aggregating on IP or FORWARDED_IP is rate limiting now.
    /// <paramref name="ruleGroupRuleName"/> names the rate-based rule inside a rule group when
    /// <paramref name="ruleName"/> is the web ACL rule referencing that group. Unknown rules have no keys.</summary>
    public WafManagedKeys RateLimitedAddresses(string webAclArn, string ruleName, string? ruleGroupRuleName = null)
    {
        var v4 = new List<string>();
        var v6 = new List<string>();
        if (rateInstances.TryGetValue(InstanceName(webAclArn, ruleName, ruleGroupRuleName), out var instance))
        {
            var now = Clock.GetUtcNow().ToUnixTimeSeconds();
            foreach (var key in instance.KeysOverLimit(now))
            {
                if (IPAddress.TryParse(key, out var address))
                {
                    if (address.AddressFamily == AddressFamily.InterNetwork)
                    {
                        v4.Add(key + "/32");
                    }
                    else
                    {
                        v6.Add(key + "/128");
                    }
                }
            }
        }
        v4.Sort(StringComparer.Ordinal);
        v6.Sort(StringComparer.Ordinal);
        return new WafManagedKeys(v4, v6);
    }

    internal static string InstanceName(string webAclArn, string ruleName, string? ruleGroupRuleName) =>
        ruleGroupRuleName is null ? $"{webAclArn}\n{ruleName}" : $"{webAclArn}\n{ruleName}\n{ruleGroupRuleName}";

    internal RateLimitInstance RateInstance(string instanceName, string settings, long windowSeconds, long limit)
    {
        if (rateInstances.TryGetValue(instanceName, out var instance) && instance.Settings == settings)
        {
            return instance;
        }
        instance = rateInstances.GetOrAdd(instanceName, _ => new RateLimitInstance(settings, windowSeconds, limit));
        if (instance.Settings == settings)
        {
            return instance;
        }
        var fresh = new RateLimitInstance(settings, windowSeconds, limit);
        rateInstances[instanceName] = fresh;
        return fresh;
    }
}
