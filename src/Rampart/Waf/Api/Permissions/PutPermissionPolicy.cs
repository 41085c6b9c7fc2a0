using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Permissions;

public sealed record PutPermissionPolicyRequest(string ResourceArn, string Policy);

/// <summary>Shares a rule group with other accounts through a policy AWS WAF accepts.</summary>
public sealed class PutPermissionPolicy(IStore store, StoreWebAclSource webAcls) : WafOperation<PutPermissionPolicyRequest, EmptyResponse>
{
    public override string Name => "PutPermissionPolicy";

    protected override OperationDeclaration<PutPermissionPolicyRequest> Declaration { get; } = new()
    {
        Action = "wafv2:PutPermissionPolicy",
        ReadOnly = false,
        Resources = (request, _) => [request.ResourceArn],
    };

    protected override async Task<EmptyResponse> HandleAsync(PutPermissionPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var entities = new EntityStore(store, webAcls);
        var ruleGroup = await entities.GetByArnAsync(call, request.ResourceArn, EntityKind.RuleGroup, cancellationToken);
        PermissionPolicyRules.Check(request.Policy);
        await entities.ReplaceAsync(ruleGroup, ruleGroup.Record with { PermissionPolicy = request.Policy }, cancellationToken);
        return new EmptyResponse();
    }
}
