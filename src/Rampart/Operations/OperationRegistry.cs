using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Rampart.Protocol.Models;

namespace Rampart.Operations;

/// <summary>Every operation this server implements, indexed by service and name on first use. Operations are
/// registered by <see cref="Hosting.ComponentDiscovery"/>: writing the class is all it takes to add one.</summary>
public sealed class OperationRegistry(IServiceProvider services)
{
    private readonly Lazy<Dictionary<(string Service, string Name), IOperation>> operations =
        new(() => Index(services.GetServices<IOperation>()), LazyThreadSafetyMode.ExecutionAndPublication);

    public bool TryFind(string service, string name, [NotNullWhen(true)] out IOperation? operation) =>
        operations.Value.TryGetValue((service, name), out operation);

    public IEnumerable<IOperation> All => operations.Value.Values;

    /// <summary>Builds the index and loads the API models of the implemented services now, so that the first
    /// requests do not pay for it.</summary>
    public void Warm(ServiceCatalog catalog)
    {
        foreach (var service in operations.Value.Keys.Select(key => key.Service).Distinct())
        {
            catalog.Find(service);
        }
    }

    private static Dictionary<(string, string), IOperation> Index(IEnumerable<IOperation> all)
    {
        var index = new Dictionary<(string, string), IOperation>();
        foreach (var operation in all)
        {
            if (!index.TryAdd((operation.Service, operation.Name), operation))
            {
                throw new InvalidOperationException(
                    $"Two classes implement {operation.Service}:{operation.Name}: {index[(operation.Service, operation.Name)].GetType()} and {operation.GetType()}.");
            }
        }
        return index;
    }
}
