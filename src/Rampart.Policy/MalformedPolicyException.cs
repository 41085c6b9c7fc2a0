namespace Rampart.Policy;

/// <summary>The only exception the parser throws; its message is worded as the owning service words
/// MalformedPolicyDocument. <see cref="Reason"/> lets callers whose API reports some failures under another
/// error code (a size quota as LimitExceeded, a forbidden character as a ValidationError) map it;
/// <see cref="Detail"/> names the precise rule that failed even where the service's own message is generic
/// (Organizations words every invalid SCP or RCP the same way).</summary>
public sealed class MalformedPolicyException(string message, MalformedPolicyReason reason, string detail) : Exception(message)
{
    public MalformedPolicyException(string message)
        : this(message, MalformedPolicyReason.Invalid, message)
    {
    }

    public MalformedPolicyReason Reason { get; } = reason;

    public string Detail { get; } = detail;
}
