namespace Rampart.Iam.Account;

public sealed record ListAccountAliasesRequest(string? Marker, int? MaxItems);
