using Rampart.Iam.Common;
using Rampart.Operations;

namespace Rampart.Iam.SshKeys;

/// <summary>Base of the IAM operations on SSH public keys, authorized against the owning user.</summary>
public abstract class SshKeyOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "iam";

    protected static IReadOnlyList<string> OwnerArn(CallContext call, string userName) => [IamArn.User(call.AccountId, IamPath.Root, userName)];
}
