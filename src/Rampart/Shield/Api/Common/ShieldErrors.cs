using System.Text.Json.Nodes;
using Rampart.Protocol;

namespace Rampart.Shield.Api.Common;

/// <summary>Shield's errors with AWS's codes and wording.</summary>
public static class ShieldErrors
{
    public static AwsException NoSubscription() => new("ResourceNotFoundException", "The subscription does not exist.");

    public static AwsException NotFound(string what) => new("ResourceNotFoundException", $"The referenced {what} does not exist.");

    public static AwsException AlreadyExists(string what) => new("ResourceAlreadyExistsException", $"The referenced {what} already exists.");

    public static AwsException InvalidOperation(string message) => new("InvalidOperationException", message);

    public static AwsException InvalidResource(string message) => new("InvalidResourceException", message);

    public static AwsException NoAssociatedRole() => new("NoAssociatedRoleException", "The ARN of the role that you specified does not exist.");

    public static AwsException Locked() => new(
        "LockedSubscriptionException",
        "You are trying to update a subscription that has not yet completed the 1-year commitment. You can change the AutoRenew parameter during the last 30 days of your subscription.");

    public static AwsException LimitsExceeded(string type, long limit) => new(
        new ServiceError("LimitsExceededException", $"The limit of {limit} for {type} has been reached.")
        {
            Details = new JsonObject { ["Type"] = type, ["Limit"] = limit },
        });

    /// <summary>Shield's InvalidParameterException: a reason (FIELD_VALIDATION_FAILED or OTHER) and the fields at fault.</summary>
    public static AwsException InvalidParameter(string message, string? field = null) => new(
        new ServiceError("InvalidParameterException", message)
        {
            Details = field is null
                ? new JsonObject { ["reason"] = "OTHER" }
                : new JsonObject { ["reason"] = "FIELD_VALIDATION_FAILED", ["fields"] = new JsonArray(new JsonObject { ["name"] = field, ["message"] = message }) },
        });
}
