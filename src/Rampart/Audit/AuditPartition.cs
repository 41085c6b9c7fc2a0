namespace Rampart.Audit;

/// <summary>Event history is kept per account and region, as in AWS: one event log partition for each.</summary>
public static class AuditPartition
{
    public static string Of(string accountId, string region) => $"{accountId}/{region}";
}
