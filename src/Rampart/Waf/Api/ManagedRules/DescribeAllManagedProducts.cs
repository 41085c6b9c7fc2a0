using Rampart.Operations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.ManagedRules;

/// <summary>Every managed rule group product available, from every vendor.</summary>
public sealed class DescribeAllManagedProducts : WafOperation<ManagedProductsRequest, ManagedProductsResponse>
{
    public override string Name => "DescribeAllManagedProducts";

    protected override OperationDeclaration<ManagedProductsRequest> Declaration { get; } = new()
    {
        Action = "wafv2:DescribeAllManagedProducts",
        ReadOnly = true,
    };

    protected override Task<ManagedProductsResponse> HandleAsync(ManagedProductsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        WafScope.Of(request.Scope, call);
        return Task.FromResult(new ManagedProductsResponse([.. ManagedCatalog.Groups
            .Select(g => new ManagedProductDescriptor(g.VendorName, g.Name, g.Name, g.Description, g.VersioningSupported, IsAdvancedManagedRuleSet: false))]));
    }
}
