namespace Rampart.Iam.Account;

public sealed record ListAccountAliasesResponse(IReadOnlyList<string> AccountAliases, bool IsTruncated);
