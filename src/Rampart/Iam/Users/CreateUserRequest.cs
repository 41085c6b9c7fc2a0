using Rampart.Iam.Common;

namespace Rampart.Iam.Users;

public sealed record CreateUserRequest(string UserName, string? Path, string? PermissionsBoundary, IReadOnlyList<IamTag>? Tags);
