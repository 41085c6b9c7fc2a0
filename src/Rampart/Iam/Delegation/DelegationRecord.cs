using Rampart.Storage.Items;

namespace Rampart.Iam.Delegation;

/// <summary>A temporary access delegation request as stored (collection "iam.delegation-request", partition "", key =
/// ID, since the partner's account creates it and the owner's account answers it), named as the model's DelegationRequest.</summary>
public sealed record DelegationRecord(
    string DelegationRequestId,
    string? OwnerAccountId,
    string Description,
    string? RequestMessage,
    DelegationPermissionInput Permissions,
    string? OwnerId,
    string? ApproverId,
    string State,
    DateTimeOffset ExpirationTime,
    string RequestorId,
    string? RequestorName,
    DateTimeOffset CreateDate,
    int SessionDuration,
    string? RedirectUrl,
    string? Notes,
    string? RejectionReason,
    bool OnlySendByOwner,
    DateTimeOffset UpdatedTime,
    string RequestorWorkflowId,
    string NotificationChannel)
{
    public const string Collection = "iam.delegation-request";

    /// <summary>Requests that have an owner, listed per owner account: key "ACCOUNT/ID", partition "".</summary>
    public const string ByOwnerCollection = "iam.delegation-request-owner";

    /// <summary>How long a request stays open before it expires.</summary>
    public static readonly TimeSpan OpenFor = TimeSpan.FromDays(7);

    /// <summary>Whom the partner acts as once it trades its token in; set when the request is taken or accepted.</summary>
    public DelegatedPrincipal? Principal { get; init; }

    /// <summary>The SHA-256 hash of the trade-in token SendDelegationToken released.</summary>
    public string? TradeInTokenHash { get; init; }

    /// <summary>The end of the delegation period, which starts when the token is sent and lasts SessionDuration: the
    /// token must be traded in before it, and the credentials it buys expire at it.</summary>
    public DateTimeOffset? DelegationEnds { get; init; }

    /// <summary>Whether the token was traded in: it buys credentials once.</summary>
    public bool TradeInTokenUsed { get; init; }

    public static ItemKey KeyOf(string id) => new(Collection, "", id);

    public static ItemKey OwnerKeyOf(string ownerAccountId, string id) => new(ByOwnerCollection, "", ownerAccountId + "/" + id);

    /// <summary>The state as it reads now: open requests past their expiration time have expired.</summary>
    public string StateAt(DateTimeOffset now) =>
        State is DelegationStates.Finalized or DelegationStates.Rejected || now < ExpirationTime ? State : DelegationStates.Expired;

    public DelegationRequestOutput Output(DateTimeOffset now) => new(
        DelegationRequestId, OwnerAccountId, Description, RequestMessage, Permissions, null, null, OwnerId, ApproverId, StateAt(now),
        ExpirationTime, RequestorId, RequestorName, CreateDate, SessionDuration, RedirectUrl, Notes, RejectionReason, OnlySendByOwner, UpdatedTime);
}
