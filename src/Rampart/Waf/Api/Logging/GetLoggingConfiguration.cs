using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Logging;

public sealed record LoggingConfigurationRequest(string ResourceArn, string? LogType, string? LogScope);

/// <summary>A web ACL's logging configuration.</summary>
public sealed class GetLoggingConfiguration(IStore store, StoreWebAclSource webAcls) : WafOperation<LoggingConfigurationRequest, LoggingConfigurationResponse>
{
    public override string Name => "GetLoggingConfiguration";

    protected override OperationDeclaration<LoggingConfigurationRequest> Declaration { get; } = new()
    {
        Action = "wafv2:GetLoggingConfiguration",
        ReadOnly = true,
        Resources = (request, _) => [request.ResourceArn],
    };

    protected override async Task<LoggingConfigurationResponse> HandleAsync(LoggingConfigurationRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var configuration = await new LoggingConfigurations(store, webAcls).GetAsync(call, request.ResourceArn, cancellationToken);
        if (request.LogScope is { } scope && configuration["LogScope"]?.GetValue<string>() != scope)
        {
            throw WafErrors.Nonexistent();
        }
        return new LoggingConfigurationResponse(configuration);
    }
}
