namespace Rampart.Signing.Tests.Support;

/// <summary>A clock that stands still at a chosen instant, so time-window rules can be tested exactly.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
