namespace Rampart.Iam.AccessKeys;

public sealed record ListAccessKeysRequest(string? UserName, string? Marker, int? MaxItems);
