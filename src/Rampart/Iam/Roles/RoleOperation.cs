using Rampart.Iam.Common;
using Rampart.Operations;

namespace Rampart.Iam.Roles;

/// <summary>Base of the IAM operations on roles.</summary>
public abstract class RoleOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "iam";

    /// <summary>The role's ARN with the default path: the path is not known before the handler reads the role, and
    /// policies with "role/*" style resources match it.</summary>
    protected static IReadOnlyList<string> RoleArn(CallContext call, string roleName) => [IamArn.Role(call.AccountId, IamPath.Root, roleName)];
}
