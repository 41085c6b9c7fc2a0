using System.Collections.Concurrent;
using System.Reflection;

namespace Rampart.Protocol.Models;

/// <summary>The API models embedded in this assembly. Each model is read on first use and then shared:
/// a request for STS never pays for parsing Security Hub's model.</summary>
public sealed class ServiceCatalog
{
    private const string ResourcePrefix = "Rampart.Protocol.Models.";
    private const string ResourceSuffix = ".json.gz";

    private readonly Assembly assembly;
    private readonly IReadOnlyDictionary<string, Lazy<ServiceModel>> models;
    private readonly ConcurrentDictionary<string, ServiceModel> byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<IReadOnlyDictionary<string, ServiceModel>> byTargetPrefix;

    public static ServiceCatalog Default { get; } = new(typeof(ServiceCatalog).Assembly);

    private ServiceCatalog(Assembly assembly)
    {
        this.assembly = assembly;
        models = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .ToDictionary(
                n => n[ResourcePrefix.Length..^ResourceSuffix.Length],
                n => new Lazy<ServiceModel>(() => LoadResource(n), LazyThreadSafetyMode.ExecutionAndPublication),
                StringComparer.OrdinalIgnoreCase);
        byTargetPrefix = new(() => Services
            .Where(s => s.TargetPrefix is not null)
            .ToDictionary(s => s.TargetPrefix!, StringComparer.Ordinal));
    }

    /// <summary>The resource names of the embedded models (e.g. "accessanalyzer"), without loading them.</summary>
    public IEnumerable<string> ModelNames => models.Keys;

    /// <summary>Every service, loading every model.</summary>
    public IEnumerable<ServiceModel> Services => models.Values.Select(m => m.Value);

    /// <summary>The service named as in a SigV4 credential scope ("sts", "access-analyzer"), by endpoint prefix,
    /// or by model name; null when Rampart has no such service.</summary>
    public ServiceModel? Find(string name)
    {
        if (byAlias.TryGetValue(name, out var known))
        {
            return known;
        }
        // Misses are not remembered: names come from requests and must not grow the cache.
        var found = FindUncached(name);
        if (found is not null)
        {
            byAlias.TryAdd(name, found);
        }
        return found;
    }

    /// <summary>The JSON-protocol service whose X-Amz-Target prefix this is.</summary>
    public ServiceModel? FindByTargetPrefix(string targetPrefix) => byTargetPrefix.Value.GetValueOrDefault(targetPrefix);

    private ServiceModel? FindUncached(string name)
    {
        if (models.TryGetValue(name, out var exact) || models.TryGetValue(name.Replace("-", "", StringComparison.Ordinal), out exact))
        {
            return exact.Value;
        }
        return Services.FirstOrDefault(s =>
            string.Equals(s.SigningName, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.EndpointPrefix, name, StringComparison.OrdinalIgnoreCase));
    }

    private ServiceModel LoadResource(string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded API model {resourceName} is missing.");
        return ModelLoader.Load(stream);
    }
}
