namespace Rampart.Iam.Account;

public sealed record GetAccountSummaryResponse(IReadOnlyDictionary<string, int> SummaryMap);
