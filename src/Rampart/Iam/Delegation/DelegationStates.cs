namespace Rampart.Iam.Delegation;

/// <summary>The states of a delegation request: created (UNASSIGNED), taken by an owner (ASSIGNED), annotated
/// (PENDING_APPROVAL), then ACCEPTED and FINALIZED once the token is sent, or REJECTED; open ones EXPIRE.</summary>
public static class DelegationStates
{
    public const string Unassigned = "UNASSIGNED";
    public const string Assigned = "ASSIGNED";
    public const string PendingApproval = "PENDING_APPROVAL";
    public const string Accepted = "ACCEPTED";
    public const string Finalized = "FINALIZED";
    public const string Rejected = "REJECTED";
    public const string Expired = "EXPIRED";
}
