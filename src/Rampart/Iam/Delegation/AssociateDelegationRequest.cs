using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Delegation;

public sealed record AssociateDelegationRequestRequest(string DelegationRequestId);

/// <summary>The caller takes ownership of a delegation request: only an identity of the named owner account may,
/// or anyone when the partner named none.</summary>
public sealed class AssociateDelegationRequest(IStore store) : DelegationOperation<AssociateDelegationRequestRequest, EmptyResponse>
{
    public override string Name => "AssociateDelegationRequest";

    protected override OperationDeclaration<AssociateDelegationRequestRequest> Declaration { get; } = new()
    {
        Action = "iam:AssociateDelegationRequest",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(AssociateDelegationRequestRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new DelegationRequests(store).ChangeAsync(request.DelegationRequestId, call, [DelegationStates.Unassigned, DelegationStates.Assigned], record =>
            record.OwnerId is not null
                ? throw IamErrors.InvalidInput($"The delegation request {record.DelegationRequestId} already has an owner.")
                : record with { OwnerAccountId = call.AccountId, OwnerId = call.Caller.Arn, State = DelegationStates.Assigned, Principal = DelegatedPrincipal.Of(call.Caller) },
            cancellationToken);
        return EmptyResponse.Instance;
    }
}
