using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Logging;

public sealed record PutLoggingConfigurationRequest(JsonObject LoggingConfiguration);

public sealed record LoggingConfigurationResponse(JsonObject LoggingConfiguration);

/// <summary>Sets where a web ACL's logs go, which fields are redacted and which requests are kept.</summary>
public sealed class PutLoggingConfiguration(IStore store, StoreWebAclSource webAcls) : WafOperation<PutLoggingConfigurationRequest, LoggingConfigurationResponse>
{
    public override string Name => "PutLoggingConfiguration";

    protected override OperationDeclaration<PutLoggingConfigurationRequest> Declaration { get; } = new()
    {
        Action = "wafv2:PutLoggingConfiguration",
        ReadOnly = false,
        Resources = (request, _) => [request.LoggingConfiguration["ResourceArn"]?.GetValue<string>() ?? "*"],
    };

    protected override async Task<LoggingConfigurationResponse> HandleAsync(PutLoggingConfigurationRequest request, CallContext call, CancellationToken cancellationToken) =>
        new(await new LoggingConfigurations(store, webAcls).PutAsync(call, request.LoggingConfiguration, cancellationToken));
}
