using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

public sealed record UntagRoleRequest(string RoleName, IReadOnlyList<string> TagKeys);

/// <summary>Removes tags from a role; keys it does not have are ignored, as in IAM.</summary>
public sealed class UntagRole(IStore store) : RoleOperation<UntagRoleRequest, EmptyResponse>
{
    public override string Name => "UntagRole";

    protected override OperationDeclaration<UntagRoleRequest> Declaration { get; } = new()
    {
        Action = "iam:UntagRole",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys) },
    };

    protected override async Task<EmptyResponse> HandleAsync(UntagRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await RoleUpdates.ApplyAsync(store, call.AccountId, request.RoleName, role => role with { Tags = IamTags.Remove(role.Tags, request.TagKeys) }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
