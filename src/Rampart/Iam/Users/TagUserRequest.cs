using Rampart.Iam.Common;

namespace Rampart.Iam.Users;

public sealed record TagUserRequest(string UserName, IReadOnlyList<IamTag> Tags);
