using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Transfers;

/// <summary>Describes a transfer to the management account of either organization taking part.</summary>
public sealed class DescribeResponsibilityTransfer(IStore store) : OrganizationsOperation<TransferIdRequest, TransferResponse>
{
    public override string Name => "DescribeResponsibilityTransfer";

    protected override OperationDeclaration<TransferIdRequest> Declaration { get; } = new()
    {
        Action = "organizations:DescribeResponsibilityTransfer",
        ReadOnly = true,
    };

    protected override async Task<TransferResponse> HandleAsync(TransferIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        var transfer = await new TransferStore(store).RequireVisibleAsync(request.Id, call.AccountId, cancellationToken);
        return new TransferResponse(TransferOutput.Of(transfer.Record, organization));
    }
}
