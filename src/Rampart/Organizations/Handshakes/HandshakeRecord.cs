namespace Rampart.Organizations.Handshakes;

/// <summary>A handshake as stored (collection <see cref="Common.OrgCollections.Handshake"/>): an organization's
/// request to one party (an account, an email, or the organization itself) and where it stands.</summary>
/// <param name="Action">"INVITE", "ENABLE_ALL_FEATURES" or "APPROVE_ALL_FEATURES".</param>
/// <param name="TargetId">The party's ID: an account ID, an email, or the organization ID.</param>
/// <param name="TargetType">"ACCOUNT", "EMAIL" or "ORGANIZATION".</param>
/// <param name="PartyKey">The partition of <see cref="Common.OrgCollections.HandshakeOfParty"/> that lists it for its party.</param>
/// <param name="State">"OPEN", "ACCEPTED", "DECLINED" or "CANCELED"; EXPIRED is told from <paramref name="ExpirationTimestamp"/>.</param>
public sealed record HandshakeRecord(
    string Id,
    string OrganizationId,
    string ManagementAccountId,
    string ManagementAccountEmail,
    string ManagementAccountName,
    string FeatureSet,
    string Action,
    string TargetId,
    string TargetType,
    string PartyKey,
    string State,
    DateTimeOffset RequestedTimestamp,
    DateTimeOffset ExpirationTimestamp,
    string? Notes,
    string? ParentHandshakeId)
{
    /// <summary>For an invitation: the tags the account gets when it joins.</summary>
    public IReadOnlyList<Common.OrgTag>? JoinTags { get; init; }

    /// <summary>For a TRANSFER_RESPONSIBILITY handshake: the transfer it asks the party to accept.</summary>
    public TransferTerms? Transfer { get; init; }

    public const string Invite = "INVITE";
    public const string EnableAllFeatures = "ENABLE_ALL_FEATURES";
    public const string ApproveAllFeatures = "APPROVE_ALL_FEATURES";
    public const string TransferResponsibility = "TRANSFER_RESPONSIBILITY";

    public const string Open = "OPEN";
    public const string Accepted = "ACCEPTED";
    public const string Declined = "DECLINED";
    public const string Canceled = "CANCELED";
    public const string Expired = "EXPIRED";

    /// <summary>The state as of <paramref name="now"/>: an open handshake past its expiration has expired.</summary>
    public string StateAt(DateTimeOffset now) => State == Open && now >= ExpirationTimestamp ? Expired : State;
}

/// <summary>What a responsibility transfer handshake offers.</summary>
public sealed record TransferTerms(string TransferId, string Type, DateTimeOffset StartTimestamp);
