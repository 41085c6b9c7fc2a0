using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Transfers;

public sealed record UpdateResponsibilityTransferRequest(string Id, string Name);

/// <summary>Renames a transfer.</summary>
public sealed class UpdateResponsibilityTransfer(IStore store) : OrganizationsOperation<UpdateResponsibilityTransferRequest, TransferResponse>
{
    public override string Name => "UpdateResponsibilityTransfer";

    protected override OperationDeclaration<UpdateResponsibilityTransferRequest> Declaration { get; } = new()
    {
        Action = "organizations:UpdateResponsibilityTransfer",
        ReadOnly = false,
    };

    protected override async Task<TransferResponse> HandleAsync(UpdateResponsibilityTransferRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        var transfers = new TransferStore(store);
        var updated = await Storage.Items.StoreRetry.RunAsync(
            async token =>
            {
                var current = await transfers.RequireVisibleAsync(request.Id, call.AccountId, token);
                var renamed = current.Record with { Name = request.Name };
                await store.CommitAsync([TransferStore.Replace(current, renamed)], token);
                return renamed;
            },
            cancellationToken: cancellationToken);
        return new TransferResponse(TransferOutput.Of(updated, organization));
    }
}
