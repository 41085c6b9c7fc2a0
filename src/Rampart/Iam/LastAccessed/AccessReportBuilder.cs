namespace Rampart.Iam.LastAccessed;

/// <summary>Builds a report's services from the subject's policies and its recorded calls: every service the
/// policies allow or the entities used, with the newest use overall, per action and per entity.</summary>
public static class AccessReportBuilder
{
    public static IReadOnlyList<ServiceAccess> Build(AccessSubject subject, IReadOnlyList<AccessEvent> events, bool actionLevel)
    {
        var allowed = ServiceNames.AllowedBy(subject.Policies.SelectMany(h => h.Policies).Select(p => p.Policy));
        var byService = events.GroupBy(e => e.ServiceNamespace).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Time).ToList());
        return
        [
            .. allowed.Union(byService.Keys).Order(StringComparer.Ordinal).Select(service =>
            {
                var used = byService.GetValueOrDefault(service) ?? [];
                return new ServiceAccess(
                    service,
                    ServiceNames.DisplayName(service),
                    used.FirstOrDefault(),
                    used.Select(e => e.EntityArn).Distinct(StringComparer.Ordinal).Count(),
                    actionLevel ? [.. used.GroupBy(e => e.ActionName).Select(g => g.First()).OrderBy(e => e.ActionName, StringComparer.Ordinal)] : [],
                    [.. subject.Entities.Select(entity => new EntityAccess(entity, used.FirstOrDefault(e => e.EntityArn == entity.Arn)?.Time))]);
            }),
        ];
    }
}
