namespace Rampart.Iam.Users;

public sealed record ListUsersRequest(string? PathPrefix, string? Marker, int? MaxItems);
