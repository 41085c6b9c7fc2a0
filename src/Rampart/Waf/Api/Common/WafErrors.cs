using System.Text.Json.Nodes;
using Rampart.Protocol;

namespace Rampart.Waf.Api.Common;

/// <summary>WAFv2's errors with AWS's codes and wording.</summary>
public static class WafErrors
{
    public static AwsException Nonexistent() => new(
        "WAFNonexistentItemException",
        "AWS WAF couldn’t perform the operation because your resource doesn’t exist.");

    public static AwsException Duplicate() => new(
        "WAFDuplicateItemException",
        "AWS WAF couldn’t perform the operation because some resource in your request is a duplicate of an existing one.");

    public static AwsException OptimisticLock() => new(
        "WAFOptimisticLockException",
        "AWS WAF couldn’t save your changes because someone changed the resource after you started to edit it. Reapply your changes.");

    public static AwsException Associated() => new(
        "WAFAssociatedItemException",
        "AWS WAF couldn’t perform the operation because your resource is being used by another resource or it’s associated with another resource.");

    public static AwsException LimitsExceeded() => new(
        "WAFLimitsExceededException",
        "AWS WAF couldn’t perform the operation because you exceeded your resource limit. For example, the maximum number of WebACL objects that you can create for an Amazon Web Services account.");

    public static AwsException Unavailable() => new(
        "WAFUnavailableEntityException",
        "AWS WAF couldn’t retrieve a resource that you specified for this operation. If you've just created a resource that you're using in this operation, you might just need to wait a few minutes. It can take from a few seconds to a number of minutes for changes to propagate. Verify the resources that you are specifying in your request parameters and then retry the operation.");

    public static AwsException InvalidOperation(string message) => new("WAFInvalidOperationException", message);

    public static AwsException InvalidResource(string message) => new("WAFInvalidResourceException", message);

    public static AwsException InvalidPermissionPolicy(string message) => new("WAFInvalidPermissionPolicyException", message);

    /// <summary>AWS's WAFInvalidParameterException: the message repeats the reason, the field (a
    /// ParameterExceptionField value) and the offending parameter, which are also sent as members.</summary>
    public static AwsException InvalidParameter(string field, string parameter, string reason) => new(
        new ServiceError("WAFInvalidParameterException", $"Error reason: {reason}, field: {field}, parameter: {parameter}")
        {
            Details = new JsonObject { ["Field"] = field, ["Parameter"] = parameter, ["Reason"] = reason },
        });

    public static class Reasons
    {
        public const string InvalidFormat = "The parameter contains formatting that is not valid.";
        public const string ExactlyOne = "You have used none or multiple values for a field that requires exactly one value.";
        public const string InvalidReference = "A reference in your rule statement is not valid.";
        public const string InvalidScope = "The scope is not valid.";
        public const string Duplicate = "Duplicate found.";
        public const string BelowMinimum = "You haven't met a minimum requirement for a threshold setting. Examples include a rule group capacity setting that's too low and an OR statement with fewer than two nested statements.";
        public const string AboveMaximum = "Your request exceeds a maximum threshold.";
        public const string NotNestable = "You specified a statement type that can't be nested in this context.";
        public const string Unsupported = "The parameter is not supported in this context.";
    }
}
