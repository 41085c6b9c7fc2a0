using Rampart.Iam.Common;
using Rampart.Operations;

namespace Rampart.Iam.InstanceProfiles;

/// <summary>Base of the IAM operations on instance profiles.</summary>
public abstract class InstanceProfileOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "iam";

    protected static IReadOnlyList<string> ProfileArn(CallContext call, string name) => [IamArn.Of(call.AccountId, "instance-profile", IamPath.Root, name)];
}
