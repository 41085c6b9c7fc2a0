using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.LastAccessed;

public sealed record GetOrganizationsAccessReportRequest(string JobId, int? MaxItems, string? Marker, string? SortKey);

public sealed record AccessDetailOutput(
    string ServiceName, string ServiceNamespace, string? Region, string? EntityPath, DateTimeOffset? LastAuthenticatedTime, int TotalAuthenticatedEntities);

public sealed record GetOrganizationsAccessReportResponse(
    string JobStatus,
    DateTimeOffset JobCreationDate,
    DateTimeOffset? JobCompletionDate,
    int? NumberOfServicesAccessible,
    int? NumberOfServicesNotAccessed,
    IReadOnlyList<AccessDetailOutput>? AccessDetails,
    bool IsTruncated,
    string? Marker,
    ErrorDetailsOutput? ErrorDetails);

/// <summary>The services of a GenerateOrganizationsAccessReport job, sorted as asked.</summary>
public sealed class GetOrganizationsAccessReport(IStore store) : Operation<GetOrganizationsAccessReportRequest, GetOrganizationsAccessReportResponse>
{
    public override string Service => "iam";

    public override string Name => "GetOrganizationsAccessReport";

    protected override OperationDeclaration<GetOrganizationsAccessReportRequest> Declaration { get; } = new()
    {
        Action = "iam:GetOrganizationsAccessReport",
        ReadOnly = true,
    };

    protected override async Task<GetOrganizationsAccessReportResponse> HandleAsync(GetOrganizationsAccessReportRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var report = await AccessReport.RequireAsync(store, call.AccountId, request.JobId, cancellationToken);
        if (report.EntityPath is null)
        {
            throw Common.IamErrors.NoSuchEntity($"The job with ID {request.JobId} is not an organizations access report.");
        }
        var details = report.Services.Select(s => new AccessDetailOutput(
            s.ServiceName, s.ServiceNamespace, s.Last?.Region, s.Last is null ? null : report.EntityPath, s.Last?.Time, s.TotalAuthenticatedEntities));
        var sorted = request.SortKey switch
        {
            "SERVICE_NAMESPACE_DESCENDING" => details.OrderByDescending(d => d.ServiceNamespace, StringComparer.Ordinal),
            "LAST_AUTHENTICATED_TIME_ASCENDING" => details.OrderBy(d => d.LastAuthenticatedTime ?? DateTimeOffset.MinValue),
            "LAST_AUTHENTICATED_TIME_DESCENDING" => details.OrderByDescending(d => d.LastAuthenticatedTime ?? DateTimeOffset.MinValue),
            _ => details.OrderBy(d => d.ServiceNamespace, StringComparer.Ordinal),
        };
        var page = SmallPage.Of(sorted.ToList(), request.Marker, request.MaxItems);
        return new GetOrganizationsAccessReportResponse(
            report.JobStatus, report.JobCreationDate, report.JobCompletionDate,
            report.Error is null ? report.Services.Count : null,
            report.Error is null ? report.Services.Count(s => s.Last is null) : null,
            report.Error is null ? page.Items : null, page.IsTruncated, page.Marker, report.Error);
    }
}
