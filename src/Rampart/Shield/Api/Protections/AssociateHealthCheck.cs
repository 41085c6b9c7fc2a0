using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Protections;

/// <summary>Adds a Route 53 health check to a protection for health-based detection (one per protection).</summary>
public sealed class AssociateHealthCheck(IStore store) : ShieldOperation<HealthCheckRequest, EmptyResponse>
{
    public const int MaxHealthChecks = 1;

    public override string Name => "AssociateHealthCheck";

    protected override OperationDeclaration<HealthCheckRequest> Declaration { get; } = new()
    {
        Action = "shield:AssociateHealthCheck",
        ReadOnly = false,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:protection/{request.ProtectionId}"],
    };

    protected override async Task<EmptyResponse> HandleAsync(HealthCheckRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var healthCheckId = request.HealthCheckId;
        var protections = new ProtectionStore(store);
        var (record, version) = await protections.GetAsync(call.AccountId, request.ProtectionId, cancellationToken);
        if (record.HealthCheckIds.Contains(healthCheckId))
        {
            return new EmptyResponse();
        }
        if (record.HealthCheckIds.Count >= MaxHealthChecks)
        {
            throw ShieldErrors.LimitsExceeded("HEALTH_CHECK", MaxHealthChecks);
        }
        await protections.ReplaceAsync(call.AccountId, record with { HealthCheckIds = [.. record.HealthCheckIds, healthCheckId] }, version, cancellationToken);
        return new EmptyResponse();
    }
}
