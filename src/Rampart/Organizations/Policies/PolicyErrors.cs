using Rampart.Organizations.Common;
using Rampart.Protocol;

namespace Rampart.Organizations.Policies;

/// <summary>The errors only the policy operations raise, with AWS's codes, reasons and wording (the others are in
/// <see cref="OrgErrors"/>).</summary>
public static class PolicyErrors
{
    public static AwsException PolicyNotFound() =>
        new("PolicyNotFoundException", "We can't find a policy with the PolicyId that you specified.");

    public static AwsException RootNotFound() =>
        new("RootNotFoundException", "We can't find a root with the RootId that you specified.");

    public static AwsException DuplicatePolicy() =>
        new("DuplicatePolicyException", "A policy with the same name already exists.", 409);

    public static AwsException DuplicateAttachment() =>
        new("DuplicatePolicyAttachmentException", "The selected policy is already attached to the specified target.", 409);

    public static AwsException NotAttached() =>
        new("PolicyNotAttachedException", "The policy isn't attached to the specified target in the specified root.");

    public static AwsException InUse() =>
        new("PolicyInUseException",
            "The policy is attached to one or more entities. You must detach it from all roots, OUs, and accounts before performing this operation.", 409);

    public static AwsException TypeNotEnabled() =>
        new("PolicyTypeNotEnabledException", "The specified policy type isn't currently enabled in this root.");

    public static AwsException TypeAlreadyEnabled() =>
        new("PolicyTypeAlreadyEnabledException", "The specified policy type is already enabled in the specified root.", 409);

    public static AwsException TypeNotAvailable() =>
        new("PolicyTypeNotAvailableForOrganizationException",
            "You can't use the specified policy type with the feature set currently enabled for this organization.", 409);

    public static AwsException EffectivePolicyNotFound() =>
        new("EffectivePolicyNotFoundException", "We can't find an effective policy of the specified type for the specified target.");

    public static AwsException MalformedPolicy(string message) => new("MalformedPolicyDocumentException", message);

    public static AwsException Immutable() =>
        OrgErrors.InvalidInput("IMMUTABLE_POLICY", "You specified a policy that is managed by AWS and can't be modified.");

    public static AwsException NonDetachable() =>
        OrgErrors.InvalidInput("NON_DETACHABLE_POLICY", "You can't detach this AWS Managed Policy.");

    public static AwsException InvalidPolicyType() =>
        OrgErrors.InvalidInput("INVALID_ENUM_POLICY_TYPE", "You specified an invalid policy type string.");

    public static AwsException TooManyPolicies() =>
        OrgErrors.Constraint("POLICY_NUMBER_LIMIT_EXCEEDED", "You have reached the maximum number of policies of this type in your organization.");

    public static AwsException TooLarge() =>
        OrgErrors.Constraint("POLICY_CONTENT_LIMIT_EXCEEDED", "You have exceeded the maximum policy size.");

    public static AwsException TooManyAttached() =>
        OrgErrors.Constraint("MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
            "You have attached the maximum number of policies of this type to the specified target.");

    public static AwsException LastPolicy() =>
        OrgErrors.Constraint("MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
            "You cannot remove the last policy attached to the specified target. You must have at least one attached at all times.");
}
