using Rampart.Identity;

namespace Rampart.Operations;

/// <summary>Who is calling, where and when: everything about a call that is not its request parameters.</summary>
public sealed record CallContext(
    Principal Caller,
    string Region,
    string RequestId,
    DateTimeOffset Time,
    string SourceIp,
    string? UserAgent,
    bool SecureTransport)
{
    /// <summary>The account the call acts in: the caller's own.</summary>
    public string AccountId => Caller.AccountId;
}
