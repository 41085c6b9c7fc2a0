namespace Rampart.Organizations.Accounts;

/// <summary>The CreateAccountStatus structure of the API.</summary>
public sealed record CreateAccountStatusOutput(
    string Id, string AccountName, string State, DateTimeOffset RequestedTimestamp, DateTimeOffset? CompletedTimestamp,
    string? AccountId, string? FailureReason)
{
    public static CreateAccountStatusOutput Of(CreateAccountStatusRecord status) => new(
        status.Id, status.AccountName, status.State, status.RequestedTimestamp, status.CompletedTimestamp, status.AccountId, status.FailureReason);
}
