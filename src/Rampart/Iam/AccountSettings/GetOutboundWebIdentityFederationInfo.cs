using Rampart.Iam.Passwords;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.AccountSettings;

public sealed record GetOutboundWebIdentityFederationInfoResponse(string IssuerIdentifier, bool JwtVendingEnabled);

/// <summary>The account's issuer URL and whether JWT vending is enabled; FeatureDisabled while it is not enabled.</summary>
public sealed class GetOutboundWebIdentityFederationInfo(IStore store) : AccountSettingsOperation<NoParametersRequest, GetOutboundWebIdentityFederationInfoResponse>
{
    public override string Name => "GetOutboundWebIdentityFederationInfo";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:GetOutboundWebIdentityFederationInfo",
        ReadOnly = true,
    };

    protected override async Task<GetOutboundWebIdentityFederationInfoResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (setting, _) = await OutboundFederation.ReadAsync(store, call.AccountId, cancellationToken);
        return setting is not { Enabled: true }
            ? throw OutboundFederation.Disabled()
            : new GetOutboundWebIdentityFederationInfoResponse(setting.IssuerIdentifier, setting.Enabled);
    }
}
