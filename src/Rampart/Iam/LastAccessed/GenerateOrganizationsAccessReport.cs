using System.Text.RegularExpressions;
using Rampart.Audit;
using Rampart.Iam.AccountSettings;
using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Organizations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.LastAccessed;

public sealed record GenerateOrganizationsAccessReportRequest(string EntityPath, string? OrganizationsPolicyId);

public sealed record GenerateOrganizationsAccessReportResponse(string JobId);

/// <summary>From the management account: when each service was last used by the IAM users and roles of a member
/// account, read from that account's audit trail. The entity path must end in the account
/// ("o-.../r-.../ou-.../ACCOUNT"); for a root or organizational unit the job fails with an explanation, because an
/// account's organization placement can be looked up but the accounts under a unit cannot be listed from IAM.</summary>
public sealed partial class GenerateOrganizationsAccessReport(IStore store, IEnumerable<IOrganizationDirectory> directories, IAuditTrail audit)
    : Operation<GenerateOrganizationsAccessReportRequest, GenerateOrganizationsAccessReportResponse>
{
    private readonly IOrganizationDirectory? directory = directories.FirstOrDefault();

    public override string Service => "iam";

    public override string Name => "GenerateOrganizationsAccessReport";

    protected override OperationDeclaration<GenerateOrganizationsAccessReportRequest> Declaration { get; } = new()
    {
        Action = "iam:GenerateOrganizationsAccessReport",
        ReadOnly = true,
        ContextKeys = (request, _) => request.OrganizationsPolicyId is { } policyId
            ? new Dictionary<string, Policy.ContextValue> { ["iam:OrganizationsPolicyId"] = Policy.ContextValue.Single(policyId) }
            : new Dictionary<string, Policy.ContextValue>(),
    };

    protected override async Task<GenerateOrganizationsAccessReportResponse> HandleAsync(GenerateOrganizationsAccessReportRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var manager = await new OrganizationFeatures(store, directory is null ? [] : [directory]).RequireManagerAsync(call.AccountId, enabling: false, cancellationToken);
        var segments = request.EntityPath.Split('/');
        if (segments[0] != manager.OrganizationId)
        {
            throw IamErrors.InvalidInput($"The entity path {request.EntityPath} is not in your organization {manager.OrganizationId}.");
        }
        var created = IamClock.ToSeconds(call.Time);
        AccessReport report;
        if (AccountId().IsMatch(segments[^1]))
        {
            var placement = directory is null ? null : await directory.FindAsync(segments[^1], cancellationToken);
            if (placement is null || placement.OrganizationId != manager.OrganizationId || !placement.TargetPath.SequenceEqual(segments[1..]))
            {
                throw IamErrors.InvalidInput($"The entity path {request.EntityPath} does not name an account of your organization where it is.");
            }
            var events = await new AccessHistory(store, audit).OfAccountAsync(segments[^1], call.Time, cancellationToken);
            var subject = new AccessSubject([], []);
            var services = AccessReportBuilder.Build(subject, events, actionLevel: false);
            var everyService = ServiceNames.Known.Keys.Except(services.Select(s => s.ServiceNamespace))
                .Select(name => new ServiceAccess(name, ServiceNames.DisplayName(name), null, 0, [], []));
            report = new AccessReport(Guid.NewGuid().ToString(), GenerateServiceLastAccessedDetails.ServiceLevel, created, created,
                [.. services.Concat(everyService).OrderBy(s => s.ServiceNamespace, StringComparer.Ordinal)], request.EntityPath);
        }
        else
        {
            report = new AccessReport(Guid.NewGuid().ToString(), GenerateServiceLastAccessedDetails.ServiceLevel, created, created, [], request.EntityPath,
                new ErrorDetailsOutput("Rampart reports on one member account at a time: give an entity path that ends in an account ID.", "EntityPathNotSupported"));
        }
        await store.CommitAsync([new StoreWrite.Put(AccessReport.KeyOf(call.AccountId, report.JobId), IamJson.Write(report), StoreWrite.Absent)], cancellationToken);
        return new GenerateOrganizationsAccessReportResponse(report.JobId);
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountId();
}
