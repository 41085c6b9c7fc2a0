using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Associations;

public sealed record AssociateWebAclRequest(string WebACLArn, string ResourceArn);

/// <summary>Puts a regional web ACL in front of a gateway (replacing the web ACL it had).</summary>
public sealed class AssociateWebAcl(IStore store, StoreWebAclSource webAcls) : WafOperation<AssociateWebAclRequest, EmptyResponse>
{
    public override string Name => "AssociateWebACL";

    protected override OperationDeclaration<AssociateWebAclRequest> Declaration { get; } = new()
    {
        Action = "wafv2:AssociateWebACL",
        ReadOnly = false,
        Resources = (request, _) => [request.WebACLArn, request.ResourceArn],
    };

    protected override async Task<EmptyResponse> HandleAsync(AssociateWebAclRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new Associations(store, webAcls).AssociateAsync(call, request.WebACLArn, request.ResourceArn, cancellationToken);
        return new EmptyResponse();
    }
}
