using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Audit;

/// <summary>Builds the CloudTrail record of a call. Secrets never reach the record: request and response trees
/// pass through the API model's redaction, and a tree whose operation has no model is left out entirely.</summary>
public sealed class CloudTrailRecordBuilder(ServiceCatalog catalog)
{
    /// <summary>Services CloudTrail records in us-east-1 whatever region the client signed for.</summary>
    private static readonly HashSet<string> RecordedInUsEast1 = new(StringComparer.Ordinal) { "iam", "organizations" };

    public CloudTrailRecord Build(AuditEntry entry, string eventId)
    {
        var service = catalog.Find(entry.Service);
        var operation = service?.FindOperation(entry.Operation);
        var endpointPrefix = service?.EndpointPrefix ?? entry.Service;
        var resources = entry.Resources.Count == 0
            ? []
            : entry.Resources.Select(ArnResource.Parse).OfType<ArnResource>()
                .Select(r => new RecordResource(r.AccountId, r.Type, r.Arn))
                .ToList();
        return new CloudTrailRecord
        {
            UserIdentity = entry.Identity,
            EventTime = CloudTrailTime.Format(entry.Time),
            EventSource = EventSource.Of(endpointPrefix),
            EventName = entry.Operation,
            AwsRegion = RecordedInUsEast1.Contains(endpointPrefix) ? "us-east-1" : entry.Region,
            SourceIpAddress = entry.SourceIp,
            UserAgent = entry.UserAgent,
            ErrorCode = entry.Error?.Code,
            ErrorMessage = entry.Error?.Message,
            RequestParameters = RequestParameters(entry.Request, operation),
            ResponseElements = entry.Error is null ? ResponseElements(entry.Response, operation) : null,
            RequestId = entry.RequestId,
            EventId = eventId,
            ReadOnly = entry.ReadOnly,
            Resources = resources.Count == 0 ? null : resources,
            RecipientAccountId = entry.RecipientAccountId,
            TlsDetails = entry.Tls,
        };
    }

    private static JsonNode? RequestParameters(JsonObject? request, OperationModel? operation) =>
        operation?.Input is { } input ? RecordParameters.From(operation.RedactInput(request), input) : null;

    private static JsonNode? ResponseElements(JsonNode? response, OperationModel? operation) =>
        operation?.Output is { } output ? RecordParameters.From(operation.RedactOutput(response), output) : null;
}
