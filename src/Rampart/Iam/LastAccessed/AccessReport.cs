using Rampart.Iam.Common;
using Rampart.Storage.Items;

namespace Rampart.Iam.LastAccessed;

/// <summary>A finished last-accessed report as stored (collection "iam.access-report", key = job ID). Reports are
/// computed when generated, so a job is COMPLETED (or FAILED with <see cref="Error"/>) by the time its ID is returned.</summary>
public sealed record AccessReport(
    string JobId,
    string JobType,
    DateTimeOffset JobCreationDate,
    DateTimeOffset JobCompletionDate,
    IReadOnlyList<ServiceAccess> Services,
    string? EntityPath = null,
    ErrorDetailsOutput? Error = null)
{
    public const string Collection = "iam.access-report";

    public static ItemKey KeyOf(string accountId, string jobId) => new(Collection, accountId, jobId);

    public string JobStatus => Error is null ? "COMPLETED" : "FAILED";

    public static async ValueTask<AccessReport> RequireAsync(Storage.IStore store, string accountId, string jobId, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(accountId, jobId), cancellationToken) is { } item
            ? IamJson.Read<AccessReport>(item.Json)
            : throw IamErrors.NoSuchEntity($"The job with ID {jobId} cannot be found.");
}

/// <summary>One service in a report: its last use by the subject, each tracked action's, and each entity's.</summary>
public sealed record ServiceAccess(
    string ServiceNamespace,
    string ServiceName,
    AccessEvent? Last,
    int TotalAuthenticatedEntities,
    IReadOnlyList<AccessEvent> Actions,
    IReadOnlyList<EntityAccess> Entities);

/// <summary>An entity and when it last used a service (null: never within the tracking period).</summary>
public sealed record EntityAccess(SubjectEntity Entity, DateTimeOffset? LastAuthenticated);

/// <summary>The model's ErrorDetails.</summary>
public sealed record ErrorDetailsOutput(string Message, string Code);
