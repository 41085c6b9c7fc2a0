namespace Rampart.Signing;

/// <summary>How far a request's signing time may be from the server's clock, as in AWS.</summary>
internal static class ClockSkewLimit
{
    public static readonly TimeSpan Allowed = TimeSpan.FromMinutes(15);
}
