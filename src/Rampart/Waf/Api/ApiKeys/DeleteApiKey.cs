using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.ApiKeys;

/// <summary>Deletes an API key; pages using it stop being able to run CAPTCHA puzzles.</summary>
public sealed class DeleteApiKey(IStore store, StoreWebAclSource webAcls) : WafOperation<ApiKeyRequest, EmptyResponse>
{
    public override string Name => "DeleteAPIKey";

    protected override OperationDeclaration<ApiKeyRequest> Declaration { get; } = new()
    {
        Action = "wafv2:DeleteAPIKey",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(ApiKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ApiKeys(store, webAcls).DeleteAsync(call, WafScope.Of(request.Scope, call), request.APIKey, cancellationToken);
        return new EmptyResponse();
    }
}
