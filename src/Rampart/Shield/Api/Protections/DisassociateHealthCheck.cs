using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Protections;

/// <summary>Removes a health check from a protection.</summary>
public sealed class DisassociateHealthCheck(IStore store) : ShieldOperation<HealthCheckRequest, EmptyResponse>
{
    public override string Name => "DisassociateHealthCheck";

    protected override OperationDeclaration<HealthCheckRequest> Declaration { get; } = new()
    {
        Action = "shield:DisassociateHealthCheck",
        ReadOnly = false,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:protection/{request.ProtectionId}"],
    };

    protected override async Task<EmptyResponse> HandleAsync(HealthCheckRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var healthCheckId = request.HealthCheckId;
        var protections = new ProtectionStore(store);
        var (record, version) = await protections.GetAsync(call.AccountId, request.ProtectionId, cancellationToken);
        await protections.ReplaceAsync(call.AccountId, record with { HealthCheckIds = [.. record.HealthCheckIds.Where(id => id != healthCheckId)] }, version, cancellationToken);
        return new EmptyResponse();
    }
}
