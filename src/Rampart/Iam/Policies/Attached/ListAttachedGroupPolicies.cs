using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public sealed record ListAttachedGroupPoliciesRequest(string GroupName, string? PathPrefix, string? Marker, int? MaxItems);

public sealed class ListAttachedGroupPolicies(IStore store) : IamPolicyOperation<ListAttachedGroupPoliciesRequest, AttachedPolicyPage>
{
    public override string Name => "ListAttachedGroupPolicies";

    protected override OperationDeclaration<ListAttachedGroupPoliciesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListAttachedGroupPolicies",
        ReadOnly = true,
        Resources = (request, call) => One(HolderArn(call, HolderKind.Group, request.GroupName)),
    };

    protected override async Task<AttachedPolicyPage> HandleAsync(ListAttachedGroupPoliciesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.Group, request.GroupName, cancellationToken);
        var attached = await new PolicyAttachments(store).OfHolderAsync(call.AccountId, holder.Id, cancellationToken);
        return AttachedPolicyPage.Of(attached, request.PathPrefix, request.Marker, request.MaxItems);
    }
}
