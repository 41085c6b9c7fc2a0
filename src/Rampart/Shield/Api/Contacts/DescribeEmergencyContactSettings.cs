using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;
using Rampart.Storage;

namespace Rampart.Shield.Api.Contacts;

/// <summary>The account's emergency contacts.</summary>
public sealed class DescribeEmergencyContactSettings(IStore store) : ShieldOperation<EmptyRequest, DescribeEmergencyContactSettingsResponse>
{
    public override string Name => "DescribeEmergencyContactSettings";

    protected override OperationDeclaration<EmptyRequest> Declaration { get; } = new()
    {
        Action = "shield:DescribeEmergencyContactSettings",
        ReadOnly = true,
    };

    protected override async Task<DescribeEmergencyContactSettingsResponse> HandleAsync(EmptyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (account, _) = await new ShieldAccounts(store).SubscribedAsync(call.AccountId, cancellationToken);
        return new DescribeEmergencyContactSettingsResponse(account.EmergencyContacts);
    }
}
