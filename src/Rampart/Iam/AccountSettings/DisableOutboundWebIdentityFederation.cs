using Rampart.Iam.Common;
using Rampart.Iam.Passwords;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.AccountSettings;

/// <summary>Stops the account's principals from obtaining new JWTs; the issuer URL is kept for a later re-enabling.</summary>
public sealed class DisableOutboundWebIdentityFederation(IStore store) : AccountSettingsOperation<NoParametersRequest, EmptyResponse>
{
    public override string Name => "DisableOutboundWebIdentityFederation";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:DisableOutboundWebIdentityFederation",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var (setting, version) = await OutboundFederation.ReadAsync(store, call.AccountId, token);
            if (setting is not { Enabled: true })
            {
                throw OutboundFederation.Disabled();
            }
            return await store.CommitAsync([new StoreWrite.Put(OutboundFederation.KeyOf(call.AccountId), IamJson.Write(setting with { Enabled = false }), version)], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
