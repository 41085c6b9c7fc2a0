using System.Collections.Concurrent;
using System.Text;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Routing;

/// <summary>Finds the service and operation a request addresses: the X-Amz-Target header for the JSON protocol,
/// the Action parameter for the Query protocol, the method and path for REST-JSON.</summary>
public sealed class RequestRouter(ServiceCatalog catalog)
{
    private readonly ConcurrentDictionary<ServiceModel, RestRouteTable> restTables = new();

    public static RequestRouter Default { get; } = new(ServiceCatalog.Default);

    /// <summary>Resolves a request, throwing <see cref="AwsException"/> with the protocol's error when it
    /// names no known service or operation.</summary>
    /// <param name="scopeService">The service of the SigV4 credential scope, or null for unsigned requests.</param>
    public RouteMatch Resolve(WireRequest request, string? scopeService)
    {
        var scoped = scopeService is null ? null : catalog.Find(scopeService) ?? throw ProtocolErrors.UnknownService(scopeService);

        if (request.Header("X-Amz-Target") is { } target)
        {
            return ResolveJson(target, scoped);
        }
        if (IsQueryRequest(request, scoped))
        {
            return ResolveQuery(request, scoped);
        }
        return ResolveRest(request, scoped);
    }

    /// <summary>The protocol a request speaks, judged from its form alone; used to encode errors raised before
    /// the service is known.</summary>
    public static ProtocolKind ProtocolOf(WireRequest request) =>
        request.Header("X-Amz-Target") is not null ? ProtocolKind.Json
        : IsFormBody(request) || request.QueryString.Contains("Action=", StringComparison.Ordinal) ? ProtocolKind.Query
        : ProtocolKind.RestJson;

    private RouteMatch ResolveJson(string target, ServiceModel? scoped)
    {
        var dot = target.LastIndexOf('.');
        if (dot <= 0)
        {
            throw ProtocolErrors.UnknownOperation();
        }
        var prefix = target[..dot];
        var service = scoped ?? catalog.FindByTargetPrefix(prefix) ?? throw ProtocolErrors.UnknownOperation();
        if (service.Protocol != ProtocolKind.Json || service.TargetPrefix != prefix)
        {
            throw ProtocolErrors.UnknownOperation();
        }
        var operation = service.FindOperation(target[(dot + 1)..]) ?? throw ProtocolErrors.UnknownOperation();
        return new RouteMatch(service, operation);
    }

    private static bool IsQueryRequest(WireRequest request, ServiceModel? scoped) =>
        scoped?.Protocol == ProtocolKind.Query
        || (scoped is null && (IsFormBody(request) || request.QueryString.Contains("Action=", StringComparison.Ordinal)));

    private static bool IsFormBody(WireRequest request) =>
        request.Header("Content-Type") is { } type
        && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private RouteMatch ResolveQuery(WireRequest request, ServiceModel? scoped)
    {
        var body = IsFormBody(request) ? Encoding.UTF8.GetString(request.Body.Span) : "";
        var parameters = QueryParameters.Parse(request.QueryString, body);
        var action = parameters["Action"];
        var version = parameters["Version"];
        if (string.IsNullOrEmpty(action))
        {
            throw ProtocolErrors.MissingAction();
        }
        var service = scoped ?? FindQueryService(action, version);
        if (service.Protocol != ProtocolKind.Query)
        {
            throw ProtocolErrors.UnknownOperation();
        }
        // Query services dispatch on the pair (Version, Action): an action under another version does not exist.
        var operation = (version is null || version == service.ApiVersion ? service.FindOperation(action) : null)
            ?? throw ProtocolErrors.InvalidAction(action, version ?? service.ApiVersion);
        return new RouteMatch(service, operation) { Parameters = parameters };
    }

    /// <summary>Unsigned Query requests (AssumeRoleWithWebIdentity, AssumeRoleWithSAML) carry no credential
    /// scope; the API version names the service, or failing that the one service with this action.</summary>
    private ServiceModel FindQueryService(string action, string? version)
    {
        var queryServices = catalog.Services.Where(s => s.Protocol == ProtocolKind.Query).ToArray();
        if (version is not null)
        {
            return queryServices.FirstOrDefault(s => s.ApiVersion == version)
                ?? throw ProtocolErrors.InvalidAction(action, version);
        }
        var withAction = queryServices.Where(s => s.FindOperation(action) is not null).ToArray();
        return withAction.Length == 1 ? withAction[0] : throw ProtocolErrors.UnknownService(null);
    }

    private RouteMatch ResolveRest(WireRequest request, ServiceModel? scoped)
    {
        var query = QueryParameters.Parse(request.QueryString);
        var candidates = scoped is null
            ? catalog.Services.Where(s => s.Protocol == ProtocolKind.RestJson)
            : scoped.Protocol == ProtocolKind.RestJson ? [scoped] : throw ProtocolErrors.UnknownOperation();
        var path = request.Path;
        var pathEnd = path.IndexOf('?', StringComparison.Ordinal);
        if (pathEnd >= 0)
        {
            path = path[..pathEnd];
        }
        foreach (var service in candidates)
        {
            var table = restTables.GetOrAdd(service, s => new RestRouteTable(s));
            if (table.Match(request.Method, path, query) is var (operation, labels))
            {
                return new RouteMatch(service, operation) { Labels = labels, Query = query };
            }
        }
        throw ProtocolErrors.UnknownOperation(404);
    }
}
