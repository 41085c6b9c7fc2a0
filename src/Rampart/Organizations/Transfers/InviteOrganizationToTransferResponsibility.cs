using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Handshakes;
using Rampart.Organizations.Tagging;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Transfers;

public sealed record InviteOrganizationToTransferResponsibilityRequest(
    string Type, HandshakeParty Target, string? Notes, DateTimeOffset StartTimestamp, string SourceName, IReadOnlyList<OrgTag>? Tags);

/// <summary>The management account asks another organization's management account to take over a responsibility
/// (BILLING) for its organization from the first moment of a month; the transfer takes effect when that account
/// accepts the TRANSFER_RESPONSIBILITY handshake.</summary>
public sealed class InviteOrganizationToTransferResponsibility(IStore store)
    : OrganizationsOperation<InviteOrganizationToTransferResponsibilityRequest, HandshakeResponse>
{
    public override string Name => "InviteOrganizationToTransferResponsibility";

    protected override OperationDeclaration<InviteOrganizationToTransferResponsibilityRequest> Declaration { get; } = new()
    {
        Action = "organizations:InviteOrganizationToTransferResponsibility",
        ReadOnly = false,
        RequestTags = request => OrgTags.ToDictionary(request.Tags),
    };

    protected override async Task<HandshakeResponse> HandleAsync(
        InviteOrganizationToTransferResponsibilityRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        OrgTags.CheckRequested(request.Tags);
        CheckStart(request.StartTimestamp.ToUniversalTime(), call.Time.ToUniversalTime());
        var targetAccount = await TargetAccountAsync(request.Target, cancellationToken);
        if (targetAccount == call.AccountId)
        {
            throw OrgErrors.HandshakeConstraint("SOURCE_AND_TARGET_CANNOT_MATCH", "You can't transfer a responsibility to your own account.");
        }
        if ((await new OrganizationStore(store).OfAccountAsync(targetAccount, cancellationToken))?.Record.ManagementAccountId != targetAccount)
        {
            throw OrgErrors.InvalidInput("INVALID_PARTY_TYPE_TARGET", "The target must be the management account of another organization.");
        }
        await foreach (var item in OrgPaging.AllAsync(store, TransferStore.Outbound, call.AccountId, null, cancellationToken))
        {
            if (await new TransferStore(store).FindAsync(item.Key.Key, cancellationToken) is { Record: var existing }
                && existing.TargetAccountId == targetAccount && existing.Type == request.Type
                && existing.Status is TransferRecord.Requested or TransferRecord.Accepted)
            {
                throw OrgErrors.HandshakeConstraint("RESPONSIBILITY_TRANSFER_ALREADY_EXISTS", "A transfer of this responsibility to that account already exists.");
            }
        }
        var transferId = OrgIds.NewTransferId();
        var handshake = new HandshakeRecord(
            OrgIds.NewHandshakeId(), organization.Id, organization.ManagementAccountId, organization.ManagementAccountEmail,
            organization.ManagementAccountName, organization.FeatureSet, HandshakeRecord.TransferResponsibility, request.Target.Id,
            request.Target.Type, HandshakeStore.AccountParty(targetAccount), HandshakeRecord.Open, call.Time,
            call.Time + InviteAccountToOrganization.Lifetime, request.Notes, null)
        {
            Transfer = new TransferTerms(transferId, request.Type, request.StartTimestamp),
        };
        var transfer = new TransferRecord(
            transferId, request.SourceName, request.Type, TransferRecord.Requested, organization.Id, call.AccountId,
            organization.ManagementAccountEmail, targetAccount, request.Target.Type == "EMAIL" ? request.Target.Id : null,
            request.StartTimestamp, null, handshake.Id);
        await store.CommitAsync(
        [
            .. HandshakeStore.Create(handshake),
            .. TransferStore.Create(transfer),
            .. OrgTags.Create(organization.Id, transferId, request.Tags),
        ], cancellationToken);
        return new HandshakeResponse(HandshakeOutput.Of(handshake, call.Time));
    }

    /// <summary>A transfer starts at midnight UTC on the first day of this month or a later one.</summary>
    private static void CheckStart(DateTimeOffset start, DateTimeOffset now)
    {
        if (start.TimeOfDay != TimeSpan.Zero)
        {
            throw OrgErrors.InvalidInput("START_DATE_NOT_BEGINNING_OF_DAY", "The start date must be at the beginning of a day (00:00 UTC).");
        }
        if (start.Day != 1)
        {
            throw OrgErrors.InvalidInput("START_DATE_NOT_BEGINNING_OF_MONTH", "The start date must be the first day of a month.");
        }
        if (start < new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero))
        {
            throw OrgErrors.InvalidInput("START_DATE_TOO_EARLY", "The start date can't be before the current month.");
        }
    }

    private async ValueTask<string> TargetAccountAsync(HandshakeParty target, CancellationToken cancellationToken) => target.Type switch
    {
        "ACCOUNT" when OrgIds.IsAccountId(target.Id) => target.Id,
        "EMAIL" when await store.GetAsync(TreeKeys.Email(target.Id), cancellationToken) is { } entry => OrgJson.Read<EmailEntry>(entry.Json).AccountId,
        "ACCOUNT" or "EMAIL" => throw OrgErrors.InvalidInput("INVALID_PARTY_TYPE_TARGET", "The target must be the management account of another organization."),
        _ => throw OrgErrors.InvalidInput("INVALID_PARTY_TYPE_TARGET", "You specified the wrong type for the handshake's target."),
    };
}
