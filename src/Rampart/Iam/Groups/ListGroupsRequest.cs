namespace Rampart.Iam.Groups;

public sealed record ListGroupsRequest(string? PathPrefix, string? Marker, int? MaxItems);
