using System.Text.Json;
using Rampart.Waf.Engine;

namespace Rampart.Waf.Gateway;

/// <summary>The web ACL in force at a gateway: compiled, with what the gateway needs of its definition beside the
/// verdicts (its ID for logs, and which rules keep sampled requests).</summary>
public sealed record ActiveWebAcl(CompiledWebAcl Compiled, string Id, IReadOnlySet<string> UnsampledMetricNames, bool SampledRequestsEnabled)
{
    public static ActiveWebAcl Of(CompiledWebAcl compiled, JsonElement webAcl)
    {
        var unsampled = new HashSet<string>(StringComparer.Ordinal);
        if (webAcl.TryGetProperty("Rules", out var rules) && rules.ValueKind == JsonValueKind.Array)
        {
            foreach (var rule in rules.EnumerateArray())
            {
                if (rule.TryGetProperty("VisibilityConfig", out var visibility) && !Sampled(visibility)
                    && visibility.TryGetProperty("MetricName", out var metric) && metric.GetString() is { } name)
                {
                    unsampled.Add(name);
                }
            }
        }
        var id = webAcl.TryGetProperty("Id", out var idElement) ? idElement.GetString() ?? "" : "";
        var enabled = !webAcl.TryGetProperty("VisibilityConfig", out var own) || Sampled(own);
        return new ActiveWebAcl(compiled, id, unsampled, enabled);
    }

    private static bool Sampled(JsonElement visibility) =>
        !visibility.TryGetProperty("SampledRequestsEnabled", out var sampled) || sampled.ValueKind != JsonValueKind.False;
}
