namespace Rampart.Iam.Users;

public sealed record ListUserTagsRequest(string UserName, string? Marker, int? MaxItems);
