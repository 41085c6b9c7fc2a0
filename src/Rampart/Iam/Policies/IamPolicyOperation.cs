using Rampart.Operations;

namespace Rampart.Iam.Policies;

/// <summary>Base of the IAM operations on policies.</summary>
public abstract class IamPolicyOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "iam";

    /// <summary>The ARN of a user, group or role of the caller's account. The path is not known before the handler
    /// reads the entity, so the ARN is the one with the default path; policies with "user/*" style resources match it.</summary>
    protected static string HolderArn(CallContext call, HolderKind kind, string name) =>
        $"arn:aws:iam::{call.AccountId}:{kind.ToString().ToLowerInvariant()}/{name}";

    protected static IReadOnlyList<string> One(string arn) => [arn];
}
