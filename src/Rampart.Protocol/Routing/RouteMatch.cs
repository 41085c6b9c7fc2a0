using Rampart.Protocol.Models;

namespace Rampart.Protocol.Routing;

/// <summary>The service and operation a request addresses, with what routing already parsed from it
/// so decoding does not parse it again.</summary>
public sealed record RouteMatch(ServiceModel Service, OperationModel Operation)
{
    /// <summary>Query protocol: query string and form body parameters.</summary>
    internal QueryParameters? Parameters { get; init; }

    /// <summary>REST protocols: the decoded URI labels.</summary>
    internal IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>REST protocols: the query string parameters.</summary>
    internal QueryParameters? Query { get; init; }
}
