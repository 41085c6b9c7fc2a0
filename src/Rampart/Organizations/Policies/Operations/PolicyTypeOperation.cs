using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Policies.Operations;

/// <summary>EnablePolicyType and DisablePolicyType: the management account switches a policy type on or off in the
/// root. Both authorize on the root, carry organizations:PolicyType, and answer with the root and the types now
/// enabled in it.</summary>
public abstract class PolicyTypeOperation(IStore store, OrganizationPolicyCache cache, OrganizationDirectory directory, string name)
    : OrganizationsOperation<PolicyTypeRequest, PolicyTypeResponse>
{
    private readonly OrganizationAccess access = new(store);

    protected PolicyStore Policies { get; } = new(store, cache);

    public sealed override string Name => name;

    protected sealed override OperationDeclaration<PolicyTypeRequest> Declaration { get; } = new()
    {
        Action = "organizations:" + name,
        ReadOnly = false,
        Resources = (request, call) => new OrganizationArns(directory).Parent(call, request.RootId),
        ContextKeys = (request, _) => PolicyConditionKeys.Of(request.PolicyType),
    };

    /// <summary>Commits the change, or throws the error that refuses it.</summary>
    protected abstract ValueTask ChangeAsync(OrganizationRecord organization, OrganizationPolicyType type, CallContext call, CancellationToken cancellationToken);

    protected sealed override async Task<PolicyTypeResponse> HandleAsync(PolicyTypeRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementAsync(call, cancellationToken)).Record;
        var type = OrganizationPolicyType.Require(request.PolicyType);
        if (request.RootId != organization.RootId)
        {
            throw PolicyErrors.RootNotFound();
        }
        await ChangeAsync(organization, type, call, cancellationToken);
        return new PolicyTypeResponse(await RootPolicyTypes.RootAsync(Policies.Store, organization, cancellationToken));
    }
}
