using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Associations;

public sealed record GetWebAclForResourceRequest(string ResourceArn);

public sealed record GetWebAclForResourceResponse(JsonObject? WebACL);

/// <summary>The web ACL protecting a gateway, or nothing when none does.</summary>
public sealed class GetWebAclForResource(IStore store, StoreWebAclSource webAcls) : WafOperation<GetWebAclForResourceRequest, GetWebAclForResourceResponse>
{
    public override string Name => "GetWebACLForResource";

    protected override OperationDeclaration<GetWebAclForResourceRequest> Declaration { get; } = new()
    {
        Action = "wafv2:GetWebACLForResource",
        ReadOnly = true,
        Resources = (request, _) => [request.ResourceArn],
    };

    protected override async Task<GetWebAclForResourceResponse> HandleAsync(GetWebAclForResourceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var webAcl = await new Associations(store, webAcls).WebAclForAsync(call, request.ResourceArn, cancellationToken);
        return new GetWebAclForResourceResponse(webAcl?.Record.Document.DeepClone().AsObject());
    }
}
