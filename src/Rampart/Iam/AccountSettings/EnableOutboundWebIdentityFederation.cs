using Rampart.Iam.Common;
using Rampart.Iam.Passwords;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.AccountSettings;

public sealed record EnableOutboundWebIdentityFederationResponse(string IssuerIdentifier);

/// <summary>Lets the account's principals obtain JWTs for external services and returns the account's issuer URL.</summary>
public sealed class EnableOutboundWebIdentityFederation(IStore store) : AccountSettingsOperation<NoParametersRequest, EnableOutboundWebIdentityFederationResponse>
{
    public override string Name => "EnableOutboundWebIdentityFederation";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:EnableOutboundWebIdentityFederation",
        ReadOnly = false,
    };

    protected override async Task<EnableOutboundWebIdentityFederationResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var issuer = "";
        await StoreRetry.RunAsync(async token =>
        {
            var (setting, version) = await OutboundFederation.ReadAsync(store, call.AccountId, token);
            if (setting is { Enabled: true })
            {
                throw OutboundFederation.AlreadyEnabled();
            }
            issuer = setting?.IssuerIdentifier ?? $"https://{Guid.NewGuid()}.tokens.sts.global.api.aws";
            return await store.CommitAsync([new StoreWrite.Put(OutboundFederation.KeyOf(call.AccountId), IamJson.Write(new OutboundFederation(true, issuer)), version)], token);
        }, cancellationToken: cancellationToken);
        return new EnableOutboundWebIdentityFederationResponse(issuer);
    }
}
