using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.LastAccessed;

public sealed record GetServiceLastAccessedDetailsRequest(string JobId, int? MaxItems, string? Marker);

public sealed record GetServiceLastAccessedDetailsResponse(
    string JobStatus,
    string JobType,
    DateTimeOffset JobCreationDate,
    IReadOnlyList<ServiceLastAccessedOutput> ServicesLastAccessed,
    DateTimeOffset JobCompletionDate,
    bool IsTruncated,
    string? Marker,
    ErrorDetailsOutput? Error);

/// <summary>The services of a GenerateServiceLastAccessedDetails report, by namespace.</summary>
public sealed class GetServiceLastAccessedDetails(IStore store) : Operation<GetServiceLastAccessedDetailsRequest, GetServiceLastAccessedDetailsResponse>
{
    public override string Service => "iam";

    public override string Name => "GetServiceLastAccessedDetails";

    protected override OperationDeclaration<GetServiceLastAccessedDetailsRequest> Declaration { get; } = new()
    {
        Action = "iam:GetServiceLastAccessedDetails",
        ReadOnly = true,
    };

    protected override async Task<GetServiceLastAccessedDetailsResponse> HandleAsync(GetServiceLastAccessedDetailsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var report = await AccessReport.RequireAsync(store, call.AccountId, request.JobId, cancellationToken);
        if (report.EntityPath is not null)
        {
            throw Common.IamErrors.InvalidInput($"The job {request.JobId} is an organizations access report; use GetOrganizationsAccessReport.");
        }
        var actionLevel = report.JobType == GenerateServiceLastAccessedDetails.ActionLevel;
        var page = SmallPage.Of([.. report.Services.Select(s => ServiceLastAccessedOutput.Of(s, actionLevel))], request.Marker, request.MaxItems);
        return new GetServiceLastAccessedDetailsResponse(
            report.JobStatus, report.JobType, report.JobCreationDate, page.Items, report.JobCompletionDate, page.IsTruncated, page.Marker, report.Error);
    }
}
