using Rampart.Audit;
using Rampart.Iam.Common;
using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Enforcement;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.LastAccessed;

public sealed record GenerateServiceLastAccessedDetailsRequest(string Arn, string? Granularity);

public sealed record GenerateServiceLastAccessedDetailsResponse(string JobId);

/// <summary>Reports, for a user, group, role or managed policy, when each service its policies allow was last
/// used (and with ACTION_LEVEL, each action), read from the audit trail.</summary>
public sealed class GenerateServiceLastAccessedDetails(IStore store, IamPolicySource policySource, IAuditTrail audit)
    : Operation<GenerateServiceLastAccessedDetailsRequest, GenerateServiceLastAccessedDetailsResponse>
{
    public const string ActionLevel = "ACTION_LEVEL";
    public const string ServiceLevel = "SERVICE_LEVEL";

    public override string Service => "iam";

    public override string Name => "GenerateServiceLastAccessedDetails";

    protected override OperationDeclaration<GenerateServiceLastAccessedDetailsRequest> Declaration { get; } = new()
    {
        Action = "iam:GenerateServiceLastAccessedDetails",
        ReadOnly = true,
        Resources = (request, _) => [request.Arn],
    };

    protected override async Task<GenerateServiceLastAccessedDetailsResponse> HandleAsync(GenerateServiceLastAccessedDetailsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var subject = await new AccessSubjects(store, policySource).ResolveAsync(call.AccountId, request.Arn, cancellationToken);
        var history = new AccessHistory(store, audit);
        var events = new List<AccessEvent>();
        foreach (var entity in subject.Entities)
        {
            events.AddRange(entity.Kind == HolderKind.Role
                ? await history.OfRoleAsync(call.AccountId, entity.Arn, call.Time, cancellationToken)
                : await history.OfUserAsync(call.AccountId, entity.Name, entity.Arn, call.Time, cancellationToken));
        }
        var actionLevel = request.Granularity == ActionLevel;
        var created = IamClock.ToSeconds(call.Time);
        var report = new AccessReport(
            Guid.NewGuid().ToString(), actionLevel ? ActionLevel : ServiceLevel, created, created, AccessReportBuilder.Build(subject, events, actionLevel));
        await store.CommitAsync([new StoreWrite.Put(AccessReport.KeyOf(call.AccountId, report.JobId), IamJson.Write(report), StoreWrite.Absent)], cancellationToken);
        return new GenerateServiceLastAccessedDetailsResponse(report.JobId);
    }
}
