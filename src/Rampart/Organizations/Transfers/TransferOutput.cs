using Rampart.Organizations.Tree;

namespace Rampart.Organizations.Transfers;

public sealed record TransferParticipant(string ManagementAccountId, string? ManagementAccountEmail);

/// <summary>The ResponsibilityTransfer structure, as one of its two participants sees it: its ARN names that
/// participant's organization and whether the transfer is inbound or outbound for it.</summary>
public sealed record TransferOutput(
    string Arn, string Name, string Id, string Type, string Status, TransferParticipant Source, TransferParticipant Target,
    DateTimeOffset StartTimestamp, DateTimeOffset? EndTimestamp, string ActiveHandshakeId)
{
    public static TransferOutput Of(TransferRecord transfer, OrganizationRecord viewer)
    {
        var direction = viewer.ManagementAccountId == transfer.SourceAccountId ? "outbound" : "inbound";
        return new TransferOutput(
            $"arn:aws:organizations::{viewer.ManagementAccountId}:transfer/{viewer.Id}/{transfer.Type.ToLowerInvariant()}/{direction}/{transfer.Id}",
            transfer.Name, transfer.Id, transfer.Type, transfer.Status,
            new TransferParticipant(transfer.SourceAccountId, transfer.SourceEmail),
            new TransferParticipant(transfer.TargetAccountId, transfer.TargetEmail),
            transfer.StartTimestamp, transfer.EndTimestamp, transfer.ActiveHandshakeId);
    }
}

public sealed record TransferResponse(TransferOutput ResponsibilityTransfer);

public sealed record TransferListResponse(IReadOnlyList<TransferOutput> ResponsibilityTransfers, string? NextToken);
