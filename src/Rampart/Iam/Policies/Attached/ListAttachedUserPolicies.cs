using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public sealed record ListAttachedUserPoliciesRequest(string UserName, string? PathPrefix, string? Marker, int? MaxItems);

public sealed class ListAttachedUserPolicies(IStore store) : IamPolicyOperation<ListAttachedUserPoliciesRequest, AttachedPolicyPage>
{
    public override string Name => "ListAttachedUserPolicies";

    protected override OperationDeclaration<ListAttachedUserPoliciesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListAttachedUserPolicies",
        ReadOnly = true,
        Resources = (request, call) => One(HolderArn(call, HolderKind.User, request.UserName)),
    };

    protected override async Task<AttachedPolicyPage> HandleAsync(ListAttachedUserPoliciesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.User, request.UserName, cancellationToken);
        var attached = await new PolicyAttachments(store).OfHolderAsync(call.AccountId, holder.Id, cancellationToken);
        return AttachedPolicyPage.Of(attached, request.PathPrefix, request.Marker, request.MaxItems);
    }
}
