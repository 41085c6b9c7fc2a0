using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;
using Rampart.Storage;

namespace Rampart.Shield.Api.Contacts;

/// <summary>First configuration of proactive engagement: sets the contacts (each with a phone number) and leaves
/// engagement disabled until EnableProactiveEngagement; refused once contacts exist.</summary>
public sealed class AssociateProactiveEngagementDetails(IStore store) : ShieldOperation<EmergencyContactsRequest, EmptyResponse>
{
    public override string Name => "AssociateProactiveEngagementDetails";

    protected override OperationDeclaration<EmergencyContactsRequest> Declaration { get; } = new()
    {
        Action = "shield:AssociateProactiveEngagementDetails",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(EmergencyContactsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var contacts = request.Checked;
        if (contacts.Count == 0 || contacts.Any(contact => string.IsNullOrEmpty(contact.PhoneNumber)))
        {
            throw ShieldErrors.InvalidParameter("Proactive engagement needs at least one contact, each with a phone number.", "EmergencyContactList");
        }
        await new ShieldAccounts(store).UpdateSubscribedAsync(call.AccountId, account =>
            account.EmergencyContacts is { Count: > 0 }
                ? throw ShieldErrors.InvalidOperation("Emergency contacts are already configured; use UpdateEmergencyContactSettings to change them.")
                : account with { EmergencyContacts = contacts, ProactiveEngagementStatus = "DISABLED" }, cancellationToken);
        return new EmptyResponse();
    }
}
