using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Attached;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record ListAttachedRolePoliciesRequest(string RoleName, string? PathPrefix, string? Marker, int? MaxItems);

public sealed class ListAttachedRolePolicies(IStore store) : RoleOperation<ListAttachedRolePoliciesRequest, AttachedPolicyPage>
{
    public override string Name => "ListAttachedRolePolicies";

    protected override OperationDeclaration<ListAttachedRolePoliciesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListAttachedRolePolicies",
        ReadOnly = true,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<AttachedPolicyPage> HandleAsync(ListAttachedRolePoliciesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.Role, request.RoleName, cancellationToken);
        var attached = await new PolicyAttachments(store).OfHolderAsync(call.AccountId, holder.Id, cancellationToken);
        return AttachedPolicyPage.Of(attached, request.PathPrefix, request.Marker, request.MaxItems);
    }
}
