using Rampart.Operations;

namespace Rampart.Waf.Api.Common;

/// <summary>Base of WAFv2 operations.</summary>
public abstract class WafOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "wafv2";
}
