namespace Rampart.Iam.Users;

public sealed record GetUserResponse(UserOutput User);
