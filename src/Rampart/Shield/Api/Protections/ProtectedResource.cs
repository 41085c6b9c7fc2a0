using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Waf.Api.Associations;

namespace Rampart.Shield.Api.Protections;

/// <summary>The resources Shield Advanced can protect here: gateways, which have Application Load Balancer ARNs,
/// of the caller's account.</summary>
public static class ProtectedResource
{
    public const string ApplicationLoadBalancer = "APPLICATION_LOAD_BALANCER";

    /// <summary>The resource type of a protectable ARN.</summary>
    public static string TypeOf(string arn, CallContext call) =>
        GatewayArn.TryParse(arn) is { } gateway && gateway.AccountId == call.AccountId
            ? ApplicationLoadBalancer
            : throw ShieldErrors.InvalidResource($"Unrecognized resource '{arn}' of type 'resource'.");
}
