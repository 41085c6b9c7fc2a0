using Rampart.Iam.Users;
using Rampart.Operations;

namespace Rampart.Iam.SigningCertificates;

/// <summary>Base of the IAM operations on signing certificates, authorized against the owning user.</summary>
public abstract class SigningCertificateOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "iam";

    protected static IReadOnlyList<string> OwnerArn(CallContext call, string? userName) => [CallerUser.Arn(userName, call)];
}
