using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.ApiKeys;

public sealed record ApiKeyRequest(string Scope, string APIKey);

public sealed record GetDecryptedApiKeyResponse(IReadOnlyList<string> TokenDomains, DateTimeOffset CreationTimestamp);

/// <summary>What an API key stands for: its token domains and when it was made.</summary>
public sealed class GetDecryptedApiKey(IStore store, StoreWebAclSource webAcls) : WafOperation<ApiKeyRequest, GetDecryptedApiKeyResponse>
{
    public override string Name => "GetDecryptedAPIKey";

    protected override OperationDeclaration<ApiKeyRequest> Declaration { get; } = new()
    {
        Action = "wafv2:GetDecryptedAPIKey",
        ReadOnly = true,
    };

    protected override async Task<GetDecryptedApiKeyResponse> HandleAsync(ApiKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = await new ApiKeys(store, webAcls).GetAsync(call, WafScope.Of(request.Scope, call), request.APIKey, cancellationToken);
        return new GetDecryptedApiKeyResponse(key.TokenDomains, key.CreationTimestamp);
    }
}
