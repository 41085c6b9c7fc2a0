using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.ApiKeys;

public sealed record CreateApiKeyRequest(string Scope, IReadOnlyList<string> TokenDomains);

public sealed record CreateApiKeyResponse(string APIKey);

/// <summary>Creates an API key for the CAPTCHA JavaScript integration on the given domains.</summary>
public sealed class CreateApiKey(IStore store, StoreWebAclSource webAcls) : WafOperation<CreateApiKeyRequest, CreateApiKeyResponse>
{
    public override string Name => "CreateAPIKey";

    protected override OperationDeclaration<CreateApiKeyRequest> Declaration { get; } = new()
    {
        Action = "wafv2:CreateAPIKey",
        ReadOnly = false,
    };

    protected override async Task<CreateApiKeyResponse> HandleAsync(CreateApiKeyRequest request, CallContext call, CancellationToken cancellationToken) =>
        new((await new ApiKeys(store, webAcls).CreateAsync(call, WafScope.Of(request.Scope, call), request.TokenDomains, cancellationToken)).APIKey);
}
