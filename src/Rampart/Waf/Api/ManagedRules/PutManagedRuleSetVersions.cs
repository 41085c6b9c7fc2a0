using Rampart.Operations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.ManagedRules;

/// <summary>Acts on a vendor's managed rule set versions, which only vendors have: for every account here, the named rule set does not exist.</summary>
public sealed class PutManagedRuleSetVersions : WafOperation<ManagedRuleSetRequest, EmptyResponse>
{
    public override string Name => "PutManagedRuleSetVersions";

    protected override OperationDeclaration<ManagedRuleSetRequest> Declaration { get; } = new()
    {
        Action = "wafv2:PutManagedRuleSetVersions",
        ReadOnly = false,
        Resources = (request, call) => [new WafArn(call.Region, call.AccountId, WafScope.Of(request.Scope, call), "managedruleset", request.Name, request.Id).ToString()],
    };

    protected override Task<EmptyResponse> HandleAsync(ManagedRuleSetRequest request, CallContext call, CancellationToken cancellationToken)
    {
        WafScope.Of(request.Scope, call);
        throw WafErrors.Nonexistent();
    }
}
