using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Rampart.Hosting;

/// <summary>Registers every concrete class of this assembly that implements an extension point (operations,
/// credential providers, policy sources, resource lookups, caches), so that writing the class is all it takes
/// to add one. Each class is one singleton whichever extension points it serves; instances are built on first use.</summary>
public static class ComponentDiscovery
{
    private static readonly Lazy<Type[]> ConcreteTypes = new(() =>
        [.. typeof(ComponentDiscovery).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })]);

    public static IServiceCollection AddDiscovered<TExtension>(this IServiceCollection services)
        where TExtension : class
    {
        foreach (var type in ConcreteTypes.Value)
        {
            if (typeof(TExtension).IsAssignableFrom(type))
            {
                services.TryAddSingleton(type);
                services.AddSingleton(provider => (TExtension)provider.GetRequiredService(type));
            }
        }
        return services;
    }
}
