using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;
using Rampart.Storage;

namespace Rampart.Shield.Api.Contacts;

/// <summary>Replaces the contacts the Shield Response Team and proactive engagement use.</summary>
public sealed class UpdateEmergencyContactSettings(IStore store) : ShieldOperation<EmergencyContactsRequest, EmptyResponse>
{
    public override string Name => "UpdateEmergencyContactSettings";

    protected override OperationDeclaration<EmergencyContactsRequest> Declaration { get; } = new()
    {
        Action = "shield:UpdateEmergencyContactSettings",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(EmergencyContactsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var contacts = request.Checked;
        await new ShieldAccounts(store).UpdateSubscribedAsync(call.AccountId, account =>
            account.ProactiveEngagementStatus == "ENABLED" && contacts.Count == 0
                ? throw ShieldErrors.InvalidOperation("Proactive engagement needs at least one emergency contact; disable it before removing every contact.")
                : account with { EmergencyContacts = contacts }, cancellationToken);
        return new EmptyResponse();
    }
}
