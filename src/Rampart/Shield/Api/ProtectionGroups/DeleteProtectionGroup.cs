using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.ProtectionGroups;

/// <summary>Deletes a protection group; the protections in it stay.</summary>
public sealed class DeleteProtectionGroup(IStore store) : ShieldOperation<ProtectionGroupIdRequest, EmptyResponse>
{
    public override string Name => "DeleteProtectionGroup";

    protected override OperationDeclaration<ProtectionGroupIdRequest> Declaration { get; } = new()
    {
        Action = "shield:DeleteProtectionGroup",
        ReadOnly = false,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:protection-group/{request.ProtectionGroupId}"],
    };

    protected override async Task<EmptyResponse> HandleAsync(ProtectionGroupIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ProtectionGroupStore(store).DeleteAsync(call.AccountId, request.ProtectionGroupId, cancellationToken);
        return new EmptyResponse();
    }
}
