using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Transfers;

public sealed record TerminateResponsibilityTransferRequest(string Id, DateTimeOffset? EndTimestamp);

/// <summary>Ends an accepted transfer, now or at the given time; it is then WITHDRAWN.</summary>
public sealed class TerminateResponsibilityTransfer(IStore store) : OrganizationsOperation<TerminateResponsibilityTransferRequest, TransferResponse>
{
    public override string Name => "TerminateResponsibilityTransfer";

    protected override OperationDeclaration<TerminateResponsibilityTransferRequest> Declaration { get; } = new()
    {
        Action = "organizations:TerminateResponsibilityTransfer",
        ReadOnly = false,
    };

    protected override async Task<TransferResponse> HandleAsync(TerminateResponsibilityTransferRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        var transfers = new TransferStore(store);
        var ended = await Storage.Items.StoreRetry.RunAsync(
            async token =>
            {
                var current = await transfers.RequireVisibleAsync(request.Id, call.AccountId, token);
                if (current.Record.Status == TransferRecord.Withdrawn)
                {
                    throw TransferErrors.AlreadyInStatus();
                }
                if (current.Record.Status != TransferRecord.Accepted)
                {
                    throw TransferErrors.InvalidTransition();
                }
                var withdrawn = current.Record with { Status = TransferRecord.Withdrawn, EndTimestamp = request.EndTimestamp ?? call.Time };
                await store.CommitAsync([TransferStore.Replace(current, withdrawn)], token);
                return withdrawn;
            },
            cancellationToken: cancellationToken);
        return new TransferResponse(TransferOutput.Of(ended, organization));
    }
}
