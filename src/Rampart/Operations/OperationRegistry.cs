using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>Builds the index now so the first request does not pay for it.</summary>
    public void Warm() => _ = operations.Value;

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
