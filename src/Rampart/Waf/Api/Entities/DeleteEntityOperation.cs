using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Entities;

public sealed record DeleteEntityRequest(string Name, string Scope, string Id, string LockToken);

public sealed record EmptyResponse;

/// <summary>DeleteWebACL, DeleteIPSet, DeleteRegexPatternSet and DeleteRuleGroup: only with the current lock token,
/// and only when nothing uses the entity.</summary>
public abstract class DeleteEntityOperation(IStore store, StoreWebAclSource webAcls) : WafOperation<DeleteEntityRequest, EmptyResponse>
{
    protected abstract EntityKind Kind { get; }

    public override string Name => $"Delete{Kind.Shape}";

    protected override OperationDeclaration<DeleteEntityRequest> Declaration => new()
    {
        Action = $"wafv2:Delete{Kind.Shape}",
        ReadOnly = false,
        Resources = (request, call) => [EntityArns.Of(request.Name, request.Scope, request.Id, call, Kind)],
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteEntityRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var entities = new EntityStore(store, webAcls);
        var existing = await entities.GetAsync(call, Kind, WafScope.Of(request.Scope, call), request.Name, request.Id, cancellationToken);
        await entities.DeleteAsync(existing, request.LockToken, cancellationToken);
        return new EmptyResponse();
    }
}
