using Rampart.Operations;

namespace Rampart.Iam.Federation;

/// <summary>Base of the IAM operations on identity providers.</summary>
public abstract class FederationOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "iam";
}
