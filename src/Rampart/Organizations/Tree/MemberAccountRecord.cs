namespace Rampart.Organizations.Tree;

/// <summary>An account of an organization (collection <see cref="Common.OrgCollections.Account"/>): where it sits
/// and how it joined. The account itself (its root user, its IAM namespace) is an <see cref="Identity.AccountRecord"/>
/// and outlives its membership.</summary>
/// <param name="ParentId">The root or OU that holds it.</param>
/// <param name="Status">"ACTIVE", or "PENDING_CLOSURE" once CloseAccount was asked (see <see cref="StatusAt"/>).</param>
/// <param name="JoinedMethod">"CREATED" or "INVITED".</param>
public sealed record MemberAccountRecord(
    string OrganizationId,
    string Id,
    string Name,
    string Email,
    string ParentId,
    string Status,
    string JoinedMethod,
    DateTimeOffset JoinedTimestamp)
{
    public const string Active = "ACTIVE";
    public const string PendingClosure = "PENDING_CLOSURE";
    public const string Suspended = "SUSPENDED";
    public const string Closed = "CLOSED";
    public const string Created = "CREATED";
    public const string Invited = "INVITED";

    /// <summary>How long the closure AWS performs in the background takes here: CloseAccount answers at once, the
    /// account shows PENDING_CLOSURE, then SUSPENDED, as a script written for AWS polls DescribeAccount to see.</summary>
    public static readonly TimeSpan ClosureDuration = TimeSpan.FromSeconds(10);

    /// <summary>AWS keeps a closed account SUSPENDED (it can be reopened) for 90 days, then it is CLOSED for good.</summary>
    public static readonly TimeSpan PostClosurePeriod = TimeSpan.FromDays(90);

    /// <summary>When CloseAccount was asked for this account; null while it is open.</summary>
    public DateTimeOffset? ClosureRequestedAt { get; init; }

    /// <summary>Whether the account was closed (its closure may still be in progress): nobody signs in with its credentials.</summary>
    public bool IsClosing => ClosureRequestedAt is not null || Status != Active;

    /// <summary>The API's Status at a time: ACTIVE, PENDING_CLOSURE while the closure runs, then SUSPENDED.</summary>
    public string StatusAt(DateTimeOffset now) => ClosureRequestedAt switch
    {
        null => Status,
        { } requested when now < requested + ClosureDuration => PendingClosure,
        _ => Suspended,
    };

    /// <summary>The API's State at a time: as <see cref="StatusAt"/>, and CLOSED once the post-closure period ended.</summary>
    public string StateAt(DateTimeOffset now) =>
        ClosureRequestedAt is { } requested && now >= requested + ClosureDuration + PostClosurePeriod ? Closed : StatusAt(now);
}
