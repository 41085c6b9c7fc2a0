namespace Rampart.Organizations.Accounts;

/// <summary>A CreateAccount request and its outcome (collection <see cref="Common.OrgCollections.CreateAccountStatus"/>).</summary>
/// <param name="State">"IN_PROGRESS", "SUCCEEDED" or "FAILED".</param>
public sealed record CreateAccountStatusRecord(
    string Id,
    string AccountName,
    string State,
    DateTimeOffset RequestedTimestamp,
    DateTimeOffset? CompletedTimestamp,
    string? AccountId,
    string? FailureReason)
{
    public const string InProgress = "IN_PROGRESS";
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";
}
