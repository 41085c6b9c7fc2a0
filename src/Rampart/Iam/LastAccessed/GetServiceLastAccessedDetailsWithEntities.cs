using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.LastAccessed;

public sealed record GetServiceLastAccessedDetailsWithEntitiesRequest(string JobId, string ServiceNamespace, int? MaxItems, string? Marker);

public sealed record GetServiceLastAccessedDetailsWithEntitiesResponse(
    string JobStatus,
    DateTimeOffset JobCreationDate,
    DateTimeOffset JobCompletionDate,
    IReadOnlyList<EntityDetailsOutput> EntityDetailsList,
    bool IsTruncated,
    string? Marker,
    ErrorDetailsOutput? Error);

/// <summary>For one service of a report, each user or role the report covers and when it last used the service.</summary>
public sealed class GetServiceLastAccessedDetailsWithEntities(IStore store)
    : Operation<GetServiceLastAccessedDetailsWithEntitiesRequest, GetServiceLastAccessedDetailsWithEntitiesResponse>
{
    public override string Service => "iam";

    public override string Name => "GetServiceLastAccessedDetailsWithEntities";

    protected override OperationDeclaration<GetServiceLastAccessedDetailsWithEntitiesRequest> Declaration { get; } = new()
    {
        Action = "iam:GetServiceLastAccessedDetailsWithEntities",
        ReadOnly = true,
    };

    protected override async Task<GetServiceLastAccessedDetailsWithEntitiesResponse> HandleAsync(
        GetServiceLastAccessedDetailsWithEntitiesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var report = await AccessReport.RequireAsync(store, call.AccountId, request.JobId, cancellationToken);
        var service = report.Services.FirstOrDefault(s => s.ServiceNamespace == request.ServiceNamespace)
            ?? throw Common.IamErrors.InvalidInput($"The service namespace {request.ServiceNamespace} is not in the report {request.JobId}.");
        var entities = service.Entities.OrderByDescending(e => e.LastAuthenticated ?? DateTimeOffset.MinValue).Select(EntityDetailsOutput.Of).ToList();
        var page = SmallPage.Of(entities, request.Marker, request.MaxItems);
        return new GetServiceLastAccessedDetailsWithEntitiesResponse(
            report.JobStatus, report.JobCreationDate, report.JobCompletionDate, page.Items, page.IsTruncated, page.Marker, report.Error);
    }
}
