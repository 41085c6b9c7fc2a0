using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.ApiKeys;

public sealed record ListApiKeysRequest(string Scope, string? NextMarker, int? Limit);

public sealed record ListApiKeysResponse(string? NextMarker, IReadOnlyList<ApiKeyRecord> APIKeySummaries);

/// <summary>The API keys of a scope.</summary>
public sealed class ListApiKeys(IStore store, StoreWebAclSource webAcls) : WafOperation<ListApiKeysRequest, ListApiKeysResponse>
{
    public override string Name => "ListAPIKeys";

    protected override OperationDeclaration<ListApiKeysRequest> Declaration { get; } = new()
    {
        Action = "wafv2:ListAPIKeys",
        ReadOnly = true,
    };

    protected override async Task<ListApiKeysResponse> HandleAsync(ListApiKeysRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (keys, next) = await new ApiKeys(store, webAcls).ListAsync(call, WafScope.Of(request.Scope, call), request.NextMarker, request.Limit, cancellationToken);
        return new ListApiKeysResponse(next, keys);
    }
}
