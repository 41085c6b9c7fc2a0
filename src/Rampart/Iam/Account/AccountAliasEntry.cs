namespace Rampart.Iam.Account;

/// <summary>An account alias: stored once under the alias (partition "", so no two accounts share one) and once
/// under the account (so each account has at most one).</summary>
public sealed record AccountAliasEntry(string AccountAlias, string AccountId);
