namespace Rampart.Protocol;

/// <summary>Thrown by any layer to end a request with an AWS error; the protocol codec encodes it.</summary>
public sealed class AwsException(ServiceError error) : Exception(error.Message)
{
    public ServiceError Error { get; } = error;

    public AwsException(string code, string message, int statusCode = 400, bool senderFault = true)
        : this(new ServiceError(code, message, statusCode, senderFault))
    {
    }
}
