using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Permissions;

public sealed record PermissionPolicyRequest(string ResourceArn);

public sealed record GetPermissionPolicyResponse(string? Policy);

/// <summary>A rule group's sharing policy, if it has one.</summary>
public sealed class GetPermissionPolicy(IStore store, StoreWebAclSource webAcls) : WafOperation<PermissionPolicyRequest, GetPermissionPolicyResponse>
{
    public override string Name => "GetPermissionPolicy";

    protected override OperationDeclaration<PermissionPolicyRequest> Declaration { get; } = new()
    {
        Action = "wafv2:GetPermissionPolicy",
        ReadOnly = true,
        Resources = (request, _) => [request.ResourceArn],
    };

    protected override async Task<GetPermissionPolicyResponse> HandleAsync(PermissionPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var ruleGroup = await new EntityStore(store, webAcls).GetByArnAsync(call, request.ResourceArn, EntityKind.RuleGroup, cancellationToken);
        return new GetPermissionPolicyResponse(ruleGroup.Record.PermissionPolicy);
    }
}
