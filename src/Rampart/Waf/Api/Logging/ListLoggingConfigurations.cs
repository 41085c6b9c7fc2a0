using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Logging;

public sealed record ListLoggingConfigurationsRequest(string Scope, string? NextMarker, int? Limit, string? LogScope);

public sealed record ListLoggingConfigurationsResponse(IReadOnlyList<JsonObject> LoggingConfigurations, string? NextMarker);

/// <summary>The logging configurations of a scope's web ACLs.</summary>
public sealed class ListLoggingConfigurations(IStore store, StoreWebAclSource webAcls) : WafOperation<ListLoggingConfigurationsRequest, ListLoggingConfigurationsResponse>
{
    public override string Name => "ListLoggingConfigurations";

    protected override OperationDeclaration<ListLoggingConfigurationsRequest> Declaration { get; } = new()
    {
        Action = "wafv2:ListLoggingConfigurations",
        ReadOnly = true,
    };

    protected override async Task<ListLoggingConfigurationsResponse> HandleAsync(ListLoggingConfigurationsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (configurations, next) = await new LoggingConfigurations(store, webAcls).ListAsync(call, WafScope.Of(request.Scope, call), request.NextMarker, request.Limit, cancellationToken);
        var logScope = request.LogScope ?? "CUSTOMER";
        return new ListLoggingConfigurationsResponse([.. configurations.Where(c => c["LogScope"]?.GetValue<string>() == logScope)], next);
    }
}
