using Rampart.Operations;

namespace Rampart.Shield.Api.Common;

/// <summary>Base of Shield operations. Shield is global: its state is per account, whatever the region.</summary>
public abstract class ShieldOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "shield";
}
