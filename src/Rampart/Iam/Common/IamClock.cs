namespace Rampart.Iam.Common;

/// <summary>IAM reports entity dates to the second.</summary>
public static class IamClock
{
    public static DateTimeOffset ToSeconds(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
