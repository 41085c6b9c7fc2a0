namespace Rampart.Iam.Groups;

public sealed record ListGroupsForUserRequest(string UserName, string? Marker, int? MaxItems);
