using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Associations;

public sealed record ListResourcesForWebAclRequest(string WebACLArn, string? ResourceType);

public sealed record ListResourcesForWebAclResponse(IReadOnlyList<string> ResourceArns);

/// <summary>The gateways (Application Load Balancers) a web ACL protects; other resource types have none here.</summary>
public sealed class ListResourcesForWebAcl(IStore store, StoreWebAclSource webAcls) : WafOperation<ListResourcesForWebAclRequest, ListResourcesForWebAclResponse>
{
    public override string Name => "ListResourcesForWebACL";

    protected override OperationDeclaration<ListResourcesForWebAclRequest> Declaration { get; } = new()
    {
        Action = "wafv2:ListResourcesForWebACL",
        ReadOnly = true,
        Resources = (request, _) => [request.WebACLArn],
    };

    protected override async Task<ListResourcesForWebAclResponse> HandleAsync(ListResourcesForWebAclRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var webAcl = await new EntityStore(store, webAcls).GetByArnAsync(call, request.WebACLArn, EntityKind.WebAcl, cancellationToken);
        if (request.ResourceType is not (null or "APPLICATION_LOAD_BALANCER"))
        {
            return new ListResourcesForWebAclResponse([]);
        }
        return new ListResourcesForWebAclResponse(await new Associations(store, webAcls).ResourcesOfAsync(webAcl, cancellationToken));
    }
}
