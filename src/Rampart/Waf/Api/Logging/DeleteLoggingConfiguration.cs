using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Logging;

/// <summary>Stops logging a web ACL.</summary>
public sealed class DeleteLoggingConfiguration(IStore store, StoreWebAclSource webAcls) : WafOperation<LoggingConfigurationRequest, EmptyResponse>
{
    public override string Name => "DeleteLoggingConfiguration";

    protected override OperationDeclaration<LoggingConfigurationRequest> Declaration { get; } = new()
    {
        Action = "wafv2:DeleteLoggingConfiguration",
        ReadOnly = false,
        Resources = (request, _) => [request.ResourceArn],
    };

    protected override async Task<EmptyResponse> HandleAsync(LoggingConfigurationRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new LoggingConfigurations(store, webAcls).DeleteAsync(call, request.ResourceArn, cancellationToken);
        return new EmptyResponse();
    }
}
