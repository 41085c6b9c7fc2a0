using System.Text.Json.Nodes;
using Rampart.Protocol;

namespace Rampart.Organizations.Common;

/// <summary>Organizations' errors with AWS's codes and wording.</summary>
public static class OrgErrors
{
    public static AwsException NotInUse() =>
        new("AWSOrganizationsNotInUseException", "Your account is not a member of an organization.");

    public static AwsException AccessDenied() =>
        new("AccessDeniedException", "You don't have permissions to access this resource.", 403);

    public static AwsException AlreadyInOrganization() =>
        new("AlreadyInOrganizationException", "The provided account is already a member of an organization.", 409);

    public static AwsException AccountNotFound() =>
        new("AccountNotFoundException", "You specified an account that doesn't exist.");

    public static AwsException ChildNotFound() =>
        new("ChildNotFoundException", "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified.");

    public static AwsException ParentNotFound() =>
        new("ParentNotFoundException", "We can't find a root or OU with the ParentId that you specified.");

    public static AwsException SourceParentNotFound() =>
        new("SourceParentNotFoundException", "We can't find a source root or OU with the ParentId that you specified.");

    public static AwsException DestinationParentNotFound() =>
        new("DestinationParentNotFoundException", "We can't find the destination container (a root or OU) with the ParentId that you specified.");

    public static AwsException DuplicateAccount() =>
        new("DuplicateAccountException", "That account is already present in the specified destination.", 409);

    public static AwsException UnitNotFound() =>
        new("OrganizationalUnitNotFoundException", "We can't find an OU with the OrganizationalUnitId that you specified.");

    public static AwsException DuplicateUnit() =>
        new("DuplicateOrganizationalUnitException", "An OU with the same name already exists.", 409);

    public static AwsException UnitNotEmpty() =>
        new("OrganizationalUnitNotEmptyException",
            "The specified OU is not empty. Move all accounts to another root or to other OUs, remove all child OUs, and try the operation again.", 409);

    public static AwsException OrganizationNotEmpty() =>
        new("OrganizationNotEmptyException",
            "The organization isn't empty. To delete an organization, you must first remove all accounts except the management account.", 409);

    public static AwsException CreateAccountStatusNotFound() =>
        new("CreateAccountStatusNotFoundException", "We can't find a create account request with the CreateAccountRequestId that you specified.");

    public static AwsException TargetNotFound() =>
        new("TargetNotFoundException", "We can't find a root, OU, account, or policy with the TargetId that you specified.");

    public static AwsException MasterCannotLeave() =>
        new("MasterCannotLeaveOrganizationException",
            "You can't remove a management account from an organization. If you want the management account to become a member account in another organization, you must first delete the current organization of the management account.", 409);

    public static AwsException AccountAlreadyClosed() =>
        new("AccountAlreadyClosedException", "You attempted to close an account that is already closed.", 409);

    public static AwsException HandshakeNotFound() =>
        new("HandshakeNotFoundException", "We can't find a handshake with the HandshakeId that you specified.");

    public static AwsException HandshakeAlreadyInState(string state) =>
        new("HandshakeAlreadyInStateException", $"The specified handshake is already in the requested state: {state}.", 409);

    public static AwsException InvalidHandshakeTransition(string state) =>
        new("InvalidHandshakeTransitionException", $"You can't perform the operation on the handshake in its current state: {state}.", 409);

    public static AwsException DuplicateHandshake() =>
        new("DuplicateHandshakeException",
            "A handshake with the same action and target already exists. For example, if you invited an account to join your organization, the invited account might already have a pending invitation from this organization.", 409);

    public static AwsException AccountAlreadyRegistered() =>
        new("AccountAlreadyRegisteredException", "The provided account is already a delegated administrator for your organization.", 409);

    public static AwsException AccountNotRegistered() =>
        new("AccountNotRegisteredException", "The provided account is not a registered delegated administrator for your organization.");

    public static AwsException ResourcePolicyNotFound() =>
        new("ResourcePolicyNotFoundException", "We can't find a resource policy request with the parameter that you specified.");

    public static AwsException Constraint(string reason, string message) => WithReason("ConstraintViolationException", reason, message, 409);

    public static AwsException HandshakeConstraint(string reason, string message) =>
        WithReason("HandshakeConstraintViolationException", reason, message, 409);

    public static AwsException InvalidInput(string reason, string message) => WithReason("InvalidInputException", reason, message, 400);

    public static AwsException InvalidNextToken() => InvalidInput("INVALID_NEXT_TOKEN", "The specified NextToken is not valid.");

    private static AwsException WithReason(string code, string reason, string message, int status) =>
        new(new ServiceError(code, message, status) { Details = new JsonObject { ["Reason"] = reason } });
}
