using Rampart.Operations;

namespace Rampart.Organizations.Common;

/// <summary>Base of AWS Organizations operations.</summary>
public abstract class OrganizationsOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "organizations";
}
