using Rampart.Protocol.Models;

namespace Rampart.Protocol.Routing;

/// <summary>A REST service's operations ordered so that the most specific URI template is tried first.</summary>
internal sealed class RestRouteTable
{
    private readonly IReadOnlyDictionary<string, OperationModel[]> byMethod;

    public RestRouteTable(ServiceModel service)
    {
        byMethod = service.Operations.Values
            .GroupBy(o => o.HttpMethod, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(o => o.UriTemplate.HasGreedyLabel)
                    .ThenByDescending(o => o.UriTemplate.RequiredQueryCount)
                    .ThenByDescending(o => o.UriTemplate.LiteralCount)
                    .ThenBy(o => o.Name, StringComparer.Ordinal)
                    .ToArray(),
                StringComparer.OrdinalIgnoreCase);
    }

    public (OperationModel Operation, Dictionary<string, string> Labels)? Match(string method, string rawPath, QueryParameters query)
    {
        if (!byMethod.TryGetValue(method, out var operations))
        {
            return null;
        }
        var parts = UriTemplate.SplitPath(rawPath);
        foreach (var operation in operations)
        {
            if (operation.UriTemplate.Match(parts, query) is { } labels)
            {
                return (operation, labels);
            }
        }
        return null;
    }
}
