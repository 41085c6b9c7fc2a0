using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Delegation;

public sealed record CreateDelegationRequestRequest(
    string? OwnerAccountId, string Description, DelegationPermissionInput Permissions, string? RequestMessage, string RequestorWorkflowId,
    string? RedirectUrl, string NotificationChannel, int SessionDuration, bool? OnlySendByOwner);

public sealed record CreateDelegationRequestResponse(string ConsoleDeepLink, string DelegationRequestId);

/// <summary>A partner asks for temporary access to a customer's account: the request waits, for seven days at most,
/// for an identity of the owner account to take it, accept or reject it.</summary>
public sealed class CreateDelegationRequest(IStore store) : DelegationOperation<CreateDelegationRequestRequest, CreateDelegationRequestResponse>
{
    private const int MaxRequestorName = 30;

    public override string Name => "CreateDelegationRequest";

    protected override OperationDeclaration<CreateDelegationRequestRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateDelegationRequest",
        ReadOnly = false,
    };

    protected override async Task<CreateDelegationRequestResponse> HandleAsync(CreateDelegationRequestRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.Permissions.PolicyTemplateArn is null)
        {
            throw IamErrors.InvalidInput("Permissions must name a PolicyTemplateArn.");
        }
        var now = IamClock.ToSeconds(call.Time);
        var id = "dr-" + Guid.NewGuid().ToString("N");
        var record = new DelegationRecord(
            id, request.OwnerAccountId, request.Description, request.RequestMessage, request.Permissions, null, null,
            request.OwnerAccountId is null ? DelegationStates.Unassigned : DelegationStates.Assigned, now + DelegationRecord.OpenFor,
            call.AccountId, call.Caller.UserName is { Length: <= MaxRequestorName } requestor ? requestor : null, now, request.SessionDuration, request.RedirectUrl, null, null, request.OnlySendByOwner ?? false, now,
            request.RequestorWorkflowId, request.NotificationChannel);
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync([new StoreWrite.Put(DelegationRecord.KeyOf(id), IamJson.Write(record), StoreWrite.Absent)], cancellationToken),
            _ => null);
        return new CreateDelegationRequestResponse($"https://console.aws.amazon.com/iam/home#/delegation-requests/{id}", id);
    }
}
