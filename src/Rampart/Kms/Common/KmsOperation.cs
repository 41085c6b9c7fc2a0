using Rampart.Operations;

namespace Rampart.Kms.Common;

/// <summary>Base of KMS operations.</summary>
public abstract class KmsOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "kms";
}
