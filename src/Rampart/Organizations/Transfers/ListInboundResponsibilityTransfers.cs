using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Transfers;

public sealed record ListInboundResponsibilityTransfersRequest(string Type, string? Id, string? NextToken, int? MaxResults);

/// <summary>Lists the transfers, and invitations to them, that give the caller's account a responsibility for another organization.</summary>
public sealed class ListInboundResponsibilityTransfers(IStore store)
    : OrganizationsOperation<ListInboundResponsibilityTransfersRequest, TransferListResponse>
{
    public override string Name => "ListInboundResponsibilityTransfers";

    protected override OperationDeclaration<ListInboundResponsibilityTransfersRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListInboundResponsibilityTransfers",
        ReadOnly = true,
    };

    protected override async Task<TransferListResponse> HandleAsync(
        ListInboundResponsibilityTransfersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        return await TransferListing.PageAsync(
            store, TransferStore.Inbound, organization, request.Type, request.Id, request.NextToken, request.MaxResults, cancellationToken);
    }
}
