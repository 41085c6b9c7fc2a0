using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;
using Rampart.Storage;

namespace Rampart.Shield.Api.Contacts;

/// <summary>Lets the Shield Response Team contact the emergency contacts when a health check shows an attack.</summary>
public sealed class EnableProactiveEngagement(IStore store) : ShieldOperation<EmptyRequest, EmptyResponse>
{
    public override string Name => "EnableProactiveEngagement";

    protected override OperationDeclaration<EmptyRequest> Declaration { get; } = new()
    {
        Action = "shield:EnableProactiveEngagement",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(EmptyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ShieldAccounts(store).UpdateSubscribedAsync(call.AccountId, account =>
            account.EmergencyContacts is not { Count: > 0 } || account.EmergencyContacts.Any(contact => string.IsNullOrEmpty(contact.PhoneNumber))
                ? throw ShieldErrors.InvalidOperation("Proactive engagement needs emergency contacts with phone numbers; call AssociateProactiveEngagementDetails first.")
                : account with { ProactiveEngagementStatus = "ENABLED" }, cancellationToken);
        return new EmptyResponse();
    }
}
