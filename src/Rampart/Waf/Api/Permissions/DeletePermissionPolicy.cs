using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Permissions;

/// <summary>Stops sharing a rule group.</summary>
public sealed class DeletePermissionPolicy(IStore store, StoreWebAclSource webAcls) : WafOperation<PermissionPolicyRequest, EmptyResponse>
{
    public override string Name => "DeletePermissionPolicy";

    protected override OperationDeclaration<PermissionPolicyRequest> Declaration { get; } = new()
    {
        Action = "wafv2:DeletePermissionPolicy",
        ReadOnly = false,
        Resources = (request, _) => [request.ResourceArn],
    };

    protected override async Task<EmptyResponse> HandleAsync(PermissionPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var entities = new EntityStore(store, webAcls);
        var ruleGroup = await entities.GetByArnAsync(call, request.ResourceArn, EntityKind.RuleGroup, cancellationToken);
        await entities.ReplaceAsync(ruleGroup, ruleGroup.Record with { PermissionPolicy = null }, cancellationToken);
        return new EmptyResponse();
    }
}
