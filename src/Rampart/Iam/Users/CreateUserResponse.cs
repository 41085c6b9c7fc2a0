namespace Rampart.Iam.Users;

public sealed record CreateUserResponse(UserOutput User);
