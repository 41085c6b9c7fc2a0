using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Associations;

public sealed record DisassociateWebAclRequest(string ResourceArn);

/// <summary>Removes the web ACL from a gateway; a gateway without one is left as it is.</summary>
public sealed class DisassociateWebAcl(IStore store, StoreWebAclSource webAcls) : WafOperation<DisassociateWebAclRequest, EmptyResponse>
{
    public override string Name => "DisassociateWebACL";

    protected override OperationDeclaration<DisassociateWebAclRequest> Declaration { get; } = new()
    {
        Action = "wafv2:DisassociateWebACL",
        ReadOnly = false,
        Resources = (request, _) => [request.ResourceArn],
    };

    protected override async Task<EmptyResponse> HandleAsync(DisassociateWebAclRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new Associations(store, webAcls).DisassociateAsync(call, request.ResourceArn, cancellationToken);
        return new EmptyResponse();
    }
}
