namespace Rampart.Organizations.Transfers;

/// <summary>A responsibility transfer (collection <see cref="TransferStore.Collection"/>): the source organization's
/// management account hands a responsibility (BILLING) to another organization's management account, the target,
/// from a start date.</summary>
/// <param name="Status">"REQUESTED", "ACCEPTED", "DECLINED", "CANCELED", "EXPIRED" or "WITHDRAWN".</param>
public sealed record TransferRecord(
    string Id,
    string Name,
    string Type,
    string Status,
    string SourceOrganizationId,
    string SourceAccountId,
    string SourceEmail,
    string TargetAccountId,
    string? TargetEmail,
    DateTimeOffset StartTimestamp,
    DateTimeOffset? EndTimestamp,
    string ActiveHandshakeId)
{
    public const string Requested = "REQUESTED";
    public const string Accepted = "ACCEPTED";
    public const string Declined = "DECLINED";
    public const string Canceled = "CANCELED";
    public const string Withdrawn = "WITHDRAWN";

    public bool Involves(string accountId) => accountId == SourceAccountId || accountId == TargetAccountId;
}
