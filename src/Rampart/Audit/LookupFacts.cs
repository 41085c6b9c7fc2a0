namespace Rampart.Audit;

/// <summary>The facts of a record that LookupEvents filters on and returns beside the record itself. Computed
/// from the record alone, so that what is indexed and what is returned can never disagree.</summary>
public static class LookupFacts
{
    /// <summary>Event history's user name: the IAM user's name, "root", the role session's name or the federated
    /// user's name; null when the caller is unknown.</summary>
    public static string? Username(UserIdentity identity) => identity.Type switch
    {
        UserIdentityType.IAMUser => identity.UserName,
        UserIdentityType.Root => "root",
        UserIdentityType.AssumedRole or UserIdentityType.FederatedUser => LastSegment(identity.Arn),
        _ => identity.UserName,
    };

    public static IReadOnlyList<ArnResource> Resources(CloudTrailRecord record) =>
        record.Resources is null
            ? []
            : record.Resources.Select(r => ArnResource.Parse(r.Arn)).OfType<ArnResource>().ToList();

    private static string? LastSegment(string? arn) =>
        arn is null || arn.LastIndexOf('/') is var slash && slash < 0 ? null : arn[(slash + 1)..];
}
