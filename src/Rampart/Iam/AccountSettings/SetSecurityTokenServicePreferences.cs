using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.AccountSettings;

public sealed record SetSecurityTokenServicePreferencesRequest(string GlobalEndpointTokenVersion);

/// <summary>The account's STS preference as stored (collection "iam.sts-preferences", one item per account).</summary>
public sealed record SecurityTokenServicePreferences(string GlobalEndpointTokenVersion)
{
    public const string Collection = "iam.sts-preferences";

    public static ItemKey KeyOf(string accountId) => new(Collection, accountId, "preferences");
}

/// <summary>Chooses whether the global STS endpoint issues tokens valid in every region (v2Token) or only in the
/// regions enabled by default (v1Token). Every Rampart region is enabled, so both kinds work everywhere; the
/// choice is kept and reported.</summary>
public sealed class SetSecurityTokenServicePreferences(IStore store) : AccountSettingsOperation<SetSecurityTokenServicePreferencesRequest, EmptyResponse>
{
    public override string Name => "SetSecurityTokenServicePreferences";

    protected override OperationDeclaration<SetSecurityTokenServicePreferencesRequest> Declaration { get; } = new()
    {
        Action = "iam:SetSecurityTokenServicePreferences",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(SetSecurityTokenServicePreferencesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await store.PutAsync(SecurityTokenServicePreferences.KeyOf(call.AccountId), IamJson.Write(new SecurityTokenServicePreferences(request.GlobalEndpointTokenVersion)), cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
