using Rampart.Operations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.ManagedRules;

/// <summary>The managed rule sets the caller sells as a vendor: none, since no account here is a vendor.</summary>
public sealed class ListManagedRuleSets : WafOperation<ListManagedRuleSetsRequest, ListManagedRuleSetsResponse>
{
    public override string Name => "ListManagedRuleSets";

    protected override OperationDeclaration<ListManagedRuleSetsRequest> Declaration { get; } = new()
    {
        Action = "wafv2:ListManagedRuleSets",
        ReadOnly = true,
    };

    protected override Task<ListManagedRuleSetsResponse> HandleAsync(ListManagedRuleSetsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        WafScope.Of(request.Scope, call);
        return Task.FromResult(new ListManagedRuleSetsResponse(null, []));
    }
}
