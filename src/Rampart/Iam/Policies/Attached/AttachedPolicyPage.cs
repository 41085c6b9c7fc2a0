namespace Rampart.Iam.Policies.Attached;

/// <summary>One page of ListAttachedXPolicies: a holder has at most a few attachments, so they are filtered by the
/// policies' path and paged in memory, by ARN.</summary>
public sealed record AttachedPolicyPage(IReadOnlyList<AttachedPolicy> AttachedPolicies, bool IsTruncated, string? Marker)
{
    public static AttachedPolicyPage Of(IReadOnlyList<AttachmentRecord> attached, string? pathPrefix, string? marker, int? maxItems)
    {
        var after = PageMarker.Redeem(marker);
        var matching = attached
            .Where(a => pathPrefix is null || a.PolicyPath.StartsWith(pathPrefix, StringComparison.Ordinal))
            .Where(a => after is null || string.CompareOrdinal(a.PolicyArn, after) > 0)
            .ToList();
        var page = matching.Take(maxItems ?? PageMarker.DefaultMaxItems).ToList();
        var truncated = page.Count < matching.Count;
        return new AttachedPolicyPage(
            [.. page.Select(a => new AttachedPolicy(a.PolicyName, a.PolicyArn))], truncated, truncated ? PageMarker.Issue(page[^1].PolicyArn) : null);
    }
}
