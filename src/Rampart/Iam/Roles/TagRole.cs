using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

public sealed record TagRoleRequest(string RoleName, IReadOnlyList<IamTag> Tags);

/// <summary>Adds tags to a role, replacing the values of keys it already has.</summary>
public sealed class TagRole(IStore store) : RoleOperation<TagRoleRequest, EmptyResponse>
{
    public override string Name => "TagRole";

    protected override OperationDeclaration<TagRoleRequest> Declaration { get; } = new()
    {
        Action = "iam:TagRole",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
        RequestTags = request => IamTags.ToDictionary(request.Tags),
    };

    protected override async Task<EmptyResponse> HandleAsync(TagRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        await RoleUpdates.ApplyAsync(store, call.AccountId, request.RoleName, role => role with { Tags = IamTags.Merge(role.Tags, request.Tags, "Role") }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
