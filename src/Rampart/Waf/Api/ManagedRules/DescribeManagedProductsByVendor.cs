using Rampart.Operations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.ManagedRules;

/// <summary>The managed rule group products of one vendor.</summary>
public sealed class DescribeManagedProductsByVendor : WafOperation<ManagedProductsRequest, ManagedProductsResponse>
{
    public override string Name => "DescribeManagedProductsByVendor";

    protected override OperationDeclaration<ManagedProductsRequest> Declaration { get; } = new()
    {
        Action = "wafv2:DescribeManagedProductsByVendor",
        ReadOnly = true,
    };

    protected override Task<ManagedProductsResponse> HandleAsync(ManagedProductsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        WafScope.Of(request.Scope, call);
        return Task.FromResult(new ManagedProductsResponse([.. ManagedCatalog.Groups.Where(g => g.VendorName == request.VendorName)
            .Select(g => new ManagedProductDescriptor(g.VendorName, g.Name, g.Name, g.Description, g.VersioningSupported, IsAdvancedManagedRuleSet: false))]));
    }
}
