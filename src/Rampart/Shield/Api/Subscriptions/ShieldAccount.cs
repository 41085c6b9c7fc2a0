namespace Rampart.Shield.Api.Subscriptions;

/// <summary>An account's Shield Advanced state: its subscription and the settings that belong to it.</summary>
public sealed record ShieldAccount(
    SubscriptionRecord? Subscription,
    string? DrtRoleArn,
    IReadOnlyList<string> DrtLogBuckets,
    IReadOnlyList<EmergencyContact>? EmergencyContacts,
    string? ProactiveEngagementStatus)
{
    public static ShieldAccount None { get; } = new(null, null, [], null, null);
}

/// <summary>A Shield Advanced subscription: a one-year commitment that renews unless AutoRenew is DISABLED.</summary>
public sealed record SubscriptionRecord(string Id, DateTimeOffset StartTime, DateTimeOffset EndTime, string AutoRenew);

/// <summary>Shield's EmergencyContact shape.</summary>
public sealed record EmergencyContact(string EmailAddress, string? PhoneNumber, string? ContactNotes);
