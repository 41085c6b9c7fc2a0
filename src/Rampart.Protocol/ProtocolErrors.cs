namespace Rampart.Protocol;

/// <summary>The errors the protocol layer itself raises, worded as AWS words them.</summary>
public static class ProtocolErrors
{
    /// <summary>Query protocol: an Action the service does not have.</summary>
    public static AwsException InvalidAction(string action, string version) =>
        new("InvalidAction", $"Could not find operation {action} for version {version}");

    /// <summary>Query protocol: no Action parameter at all.</summary>
    public static AwsException MissingAction() =>
        new("MissingAction", "Missing Action");

    /// <summary>JSON and REST-JSON protocols: an operation the service does not have.</summary>
    /// <remarks>AWS answers this error with no message text.</remarks>
    public static AwsException UnknownOperation(int statusCode = 400) =>
        new("UnknownOperationException", "", statusCode);

    /// <summary>A request that names no service Rampart serves.</summary>
    public static AwsException UnknownService(string? service) =>
        new("UnknownServiceException", service is null
            ? "The request does not identify an AWS service served by this endpoint."
            : $"The service {service} is not served by this endpoint.", 400);

    /// <summary>JSON protocols: a body that is not JSON or does not fit the operation's shapes.</summary>
    public static AwsException Serialization(string message) => new("SerializationException", message);
}
