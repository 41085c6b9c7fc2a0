namespace Rampart.Iam.AccessKeys;

/// <summary>The model's AccessKeyLastUsed; a key never used reports "N/A" for both service and region.</summary>
public sealed record AccessKeyLastUsedOutput(DateTimeOffset? LastUsedDate, string ServiceName, string Region)
{
    public static AccessKeyLastUsedOutput Never { get; } = new(null, "N/A", "N/A");
}
