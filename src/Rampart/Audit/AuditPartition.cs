using Rampart.Caching;

namespace Rampart.Audit;

/// <summary>Event history is kept per account and region, as in AWS: one event log partition for each.</summary>
public static class AuditPartition
{
    /// <summary>Every queued event holds its partition; one string per partition keeps that out of the young heap.</summary>
    private static readonly BoundedMemo<(string AccountId, string Region), string> Names = new(key => $"{key.AccountId}/{key.Region}");

    public static string Of(string accountId, string region) => Names[(accountId, region)];
}
