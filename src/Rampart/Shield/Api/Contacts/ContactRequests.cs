using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;

namespace Rampart.Shield.Api.Contacts;

public sealed record EmergencyContactsRequest(IReadOnlyList<EmergencyContact>? EmergencyContactList)
{
    public const int MaxContacts = 10;

    public IReadOnlyList<EmergencyContact> Checked => (EmergencyContactList ?? []).Count > MaxContacts
        ? throw ShieldErrors.InvalidParameter($"At most {MaxContacts} emergency contacts are allowed.", "EmergencyContactList")
        : EmergencyContactList ?? [];
}

public sealed record DescribeEmergencyContactSettingsResponse(IReadOnlyList<EmergencyContact>? EmergencyContactList);
