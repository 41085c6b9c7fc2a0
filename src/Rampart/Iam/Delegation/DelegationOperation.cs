using Rampart.Operations;

namespace Rampart.Iam.Delegation;

/// <summary>Base of the IAM operations on delegation requests. A request belongs to two accounts (the partner that
/// created it and the owner that answers it), so the declarations name no resource and the handlers decide who may
/// see and change it.</summary>
public abstract class DelegationOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "iam";
}
