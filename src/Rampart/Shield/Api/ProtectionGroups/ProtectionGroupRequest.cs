using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;

namespace Rampart.Shield.Api.ProtectionGroups;

public sealed record ProtectionGroupRequest(
    string ProtectionGroupId, string Aggregation, string Pattern, string? ResourceType, IReadOnlyList<string>? Members, IReadOnlyList<ShieldTag>? Tags)
{
    /// <summary>The group this request defines, after AWS's rules: ARBITRARY takes Members and no ResourceType,
    /// BY_RESOURCE_TYPE a ResourceType and no Members, ALL neither.</summary>
    public ProtectionGroupRecord ToRecord(string accountId, IReadOnlyList<ShieldTag> tags)
    {
        var members = Members ?? [];
        switch (Pattern)
        {
            case "ARBITRARY" when ResourceType is not null:
                throw ShieldErrors.InvalidParameter("ResourceType must not be set when Pattern is ARBITRARY.", "ResourceType");
            case "ARBITRARY" when Members is null:
                throw ShieldErrors.InvalidParameter("Members must be set when Pattern is ARBITRARY.", "Members");
            case "BY_RESOURCE_TYPE" when ResourceType is null:
                throw ShieldErrors.InvalidParameter("ResourceType must be set when Pattern is BY_RESOURCE_TYPE.", "ResourceType");
            case "BY_RESOURCE_TYPE" or "ALL" when members.Count > 0:
                throw ShieldErrors.InvalidParameter($"Members must not be set when Pattern is {Pattern}.", "Members");
            case "ALL" when ResourceType is not null:
                throw ShieldErrors.InvalidParameter("ResourceType must not be set when Pattern is ALL.", "ResourceType");
        }
        if (members.Count > SubscriptionLimits.MaxArbitraryMembers)
        {
            throw ShieldErrors.LimitsExceeded("ARBITRARY_PATTERN_MEMBERS", SubscriptionLimits.MaxArbitraryMembers);
        }
        return new ProtectionGroupRecord(
            ProtectionGroupId, Aggregation, Pattern, ResourceType, [.. members.Distinct(StringComparer.Ordinal)],
            $"arn:aws:shield::{accountId}:protection-group/{ProtectionGroupId}", tags);
    }
}
