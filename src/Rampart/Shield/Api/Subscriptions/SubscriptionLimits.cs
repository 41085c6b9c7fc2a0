namespace Rampart.Shield.Api.Subscriptions;

/// <summary>Shield Advanced's limits as DescribeSubscription reports them.</summary>
public static class SubscriptionLimits
{
    public const long MaxProtectionGroups = 100;
    public const long MaxArbitraryMembers = 10_000;
    public const long MaxApplicationLoadBalancerProtections = 1000;

    public static readonly IReadOnlyList<LimitEntry> ProtectedResourceTypeLimits =
        [new("APPLICATION_LOAD_BALANCER", MaxApplicationLoadBalancerProtections)];

    public static object Describe() => new
    {
        ProtectionLimits = new { ProtectedResourceTypeLimits },
        ProtectionGroupLimits = new
        {
            MaxProtectionGroups,
            PatternTypeLimits = new { ArbitraryPatternLimits = new { MaxMembers = MaxArbitraryMembers } },
        },
    };

    public sealed record LimitEntry(string Type, long Max);
}
