using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Transfers;

public sealed record ListOutboundResponsibilityTransfersRequest(string Type, string? NextToken, int? MaxResults);

/// <summary>Lists the transfers, and invitations to them, that let an account outside the organization manage a responsibility for it.</summary>
public sealed class ListOutboundResponsibilityTransfers(IStore store)
    : OrganizationsOperation<ListOutboundResponsibilityTransfersRequest, TransferListResponse>
{
    public override string Name => "ListOutboundResponsibilityTransfers";

    protected override OperationDeclaration<ListOutboundResponsibilityTransfersRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListOutboundResponsibilityTransfers",
        ReadOnly = true,
    };

    protected override async Task<TransferListResponse> HandleAsync(
        ListOutboundResponsibilityTransfersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        return await TransferListing.PageAsync(
            store, TransferStore.Outbound, organization, request.Type, null, request.NextToken, request.MaxResults, cancellationToken);
    }
}
