namespace Rampart.Iam.Account;

/// <summary>The request of CreateAccountAlias and DeleteAccountAlias.</summary>
public sealed record AccountAliasRequest(string AccountAlias);
