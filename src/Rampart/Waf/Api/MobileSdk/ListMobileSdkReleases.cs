using Rampart.Operations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.MobileSdk;

/// <summary>The releases of AWS WAF's mobile SDK available to the caller: Rampart distributes none.</summary>
public sealed class ListMobileSdkReleases : WafOperation<ListMobileSdkReleasesRequest, ListMobileSdkReleasesResponse>
{
    public override string Name => "ListMobileSdkReleases";

    protected override OperationDeclaration<ListMobileSdkReleasesRequest> Declaration { get; } = new()
    {
        Action = "wafv2:ListMobileSdkReleases",
        ReadOnly = true,
    };

    protected override Task<ListMobileSdkReleasesResponse> HandleAsync(ListMobileSdkReleasesRequest request, CallContext call, CancellationToken cancellationToken) =>
        Task.FromResult(new ListMobileSdkReleasesResponse([], null));
}
