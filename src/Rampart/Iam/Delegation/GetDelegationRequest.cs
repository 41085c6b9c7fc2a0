using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Delegation;

public sealed record GetDelegationRequestRequest(string DelegationRequestId, bool? DelegationPermissionCheck);

public sealed record GetDelegationRequestResponse(DelegationRequestOutput DelegationRequest, string? PermissionCheckStatus, string? PermissionCheckResult);

/// <summary>One delegation request, for its requestor, its owner account, or anyone while it names no owner account.
/// The permission check (whether the caller holds the permissions it would delegate) is not offered: it reports UNSURE.</summary>
public sealed class GetDelegationRequest(IStore store) : DelegationOperation<GetDelegationRequestRequest, GetDelegationRequestResponse>
{
    public override string Name => "GetDelegationRequest";

    protected override OperationDeclaration<GetDelegationRequestRequest> Declaration { get; } = new()
    {
        Action = "iam:GetDelegationRequest",
        ReadOnly = true,
    };

    protected override async Task<GetDelegationRequestResponse> HandleAsync(GetDelegationRequestRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (record, _) = await new DelegationRequests(store).RequireVisibleAsync(request.DelegationRequestId, call, cancellationToken);
        return request.DelegationPermissionCheck == true
            ? new GetDelegationRequestResponse(record.Output(call.Time), "COMPLETE", "UNSURE")
            : new GetDelegationRequestResponse(record.Output(call.Time), null, null);
    }
}
