using Rampart.Operations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.MobileSdk;

/// <summary>A mobile SDK release by version: none exists here (see <see cref="ListMobileSdkReleases"/>).</summary>
public sealed class GetMobileSdkRelease : WafOperation<MobileSdkReleaseRequest, EmptyResponse>
{
    public override string Name => "GetMobileSdkRelease";

    protected override OperationDeclaration<MobileSdkReleaseRequest> Declaration { get; } = new()
    {
        Action = "wafv2:GetMobileSdkRelease",
        ReadOnly = true,
    };

    protected override Task<EmptyResponse> HandleAsync(MobileSdkReleaseRequest request, CallContext call, CancellationToken cancellationToken) =>
        throw WafErrors.Nonexistent();
}
