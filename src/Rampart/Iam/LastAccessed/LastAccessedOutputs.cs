namespace Rampart.Iam.LastAccessed;

/// <summary>The model's TrackedActionLastAccessed.</summary>
public sealed record TrackedActionLastAccessedOutput(string ActionName, string LastAccessedEntity, DateTimeOffset LastAccessedTime, string LastAccessedRegion);

/// <summary>The model's ServiceLastAccessed.</summary>
public sealed record ServiceLastAccessedOutput(
    string ServiceName,
    DateTimeOffset? LastAuthenticated,
    string ServiceNamespace,
    string? LastAuthenticatedEntity,
    string? LastAuthenticatedRegion,
    int TotalAuthenticatedEntities,
    IReadOnlyList<TrackedActionLastAccessedOutput>? TrackedActionsLastAccessed)
{
    public static ServiceLastAccessedOutput Of(ServiceAccess service, bool actionLevel) => new(
        service.ServiceName, service.Last?.Time, service.ServiceNamespace, service.Last?.EntityArn, service.Last?.Region,
        service.TotalAuthenticatedEntities,
        actionLevel ? [.. service.Actions.Select(a => new TrackedActionLastAccessedOutput(a.ActionName, a.EntityArn, a.Time, a.Region))] : null);
}

/// <summary>The model's EntityInfo.</summary>
public sealed record EntityInfoOutput(string Arn, string Name, string Type, string Id, string Path);

/// <summary>The model's EntityDetails.</summary>
public sealed record EntityDetailsOutput(EntityInfoOutput EntityInfo, DateTimeOffset? LastAuthenticated)
{
    public static EntityDetailsOutput Of(EntityAccess access) => new(
        new EntityInfoOutput(access.Entity.Arn, access.Entity.Name, access.Entity.Kind.ToString().ToUpperInvariant(), access.Entity.Id, access.Entity.Path),
        access.LastAuthenticated);
}
