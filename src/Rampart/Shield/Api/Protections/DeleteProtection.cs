using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Protections;

public sealed record ProtectionIdRequest(string ProtectionId);

/// <summary>Stops protecting a resource.</summary>
public sealed class DeleteProtection(IStore store) : ShieldOperation<ProtectionIdRequest, EmptyResponse>
{
    public override string Name => "DeleteProtection";

    protected override OperationDeclaration<ProtectionIdRequest> Declaration { get; } = new()
    {
        Action = "shield:DeleteProtection",
        ReadOnly = false,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:protection/{request.ProtectionId}"],
    };

    protected override async Task<EmptyResponse> HandleAsync(ProtectionIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ProtectionStore(store).DeleteAsync(call.AccountId, request.ProtectionId, cancellationToken);
        return new EmptyResponse();
    }
}
