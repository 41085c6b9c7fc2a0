using Rampart.Iam.Common;
using Rampart.Operations;

namespace Rampart.Iam.Mfa;

/// <summary>Base of the IAM operations on MFA devices.</summary>
public abstract class MfaOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "iam";

    protected static string UserArn(CallContext call, string? userName) =>
        userName is null ? call.Caller.Arn : IamArn.User(call.AccountId, IamPath.Root, userName);

    protected static string DeviceArn(CallContext call, string serialNumber) =>
        serialNumber.StartsWith("arn:", StringComparison.Ordinal) ? serialNumber : IamArn.Of(call.AccountId, "mfa", IamPath.Root, serialNumber);
}
