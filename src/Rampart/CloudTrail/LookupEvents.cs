using Rampart.Audit;
using Rampart.Operations;
using Rampart.Protocol;
using Rampart.Storage;
using Rampart.Storage.Events;

namespace Rampart.CloudTrail;

/// <summary>CloudTrail's event history: the calls recorded by the audit trail in the caller's account and the
/// request's region (IAM and Organizations events live in us-east-1), newest first, filtered by at most one lookup
/// attribute and a time range, 50 at most per page.</summary>
public sealed class LookupEvents(IStore store, IAuditTrail trail) : Operation<LookupEventsRequest, LookupEventsResponse>
{
    private const int DefaultMaxResults = 50;
    private const int MaxAttributeValueLength = 2000;

    public override string Service => "cloudtrail";

    public override string Name => "LookupEvents";

    protected override OperationDeclaration<LookupEventsRequest> Declaration { get; } = new()
    {
        Action = "cloudtrail:LookupEvents",
        ReadOnly = true,
    };

    protected override async Task<LookupEventsResponse> HandleAsync(
        LookupEventsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var filter = Filter(request.LookupAttributes);
        if (request.StartTime > request.EndTime)
        {
            throw new AwsException("InvalidTimeRangeException", "Start time must be before or equal to end time.");
        }
        var partition = AuditPartition.Of(call.AccountId, call.Region);
        var fingerprint = LookupPageToken.Fingerprint(
            partition, filter?.AttributeKey.ToString(), filter?.AttributeValue, request.StartTime, request.EndTime);
        var storeToken = request.NextToken is { } token ? LookupPageToken.Redeem(token, fingerprint) : null;
        if (request.EventCategory is not null)
        {
            // The only category is "insight": Rampart raises no Insights events, and management events are
            // returned only when no category is asked for.
            return new LookupEventsResponse([], null);
        }

        await trail.FlushAsync(cancellationToken);
        EventPage page;
        try
        {
            page = await store.QueryEventsAsync(
                new EventQuery(
                    partition,
                    filter is null || filter.AttributeKey == LookupAttributeKey.EventId
                        ? null
                        : new EventAttribute(filter.AttributeKey.ToString(), IndexedValue.Of(filter.AttributeValue)),
                    request.StartTime,
                    request.EndTime,
                    request.MaxResults ?? DefaultMaxResults,
                    storeToken,
                    filter?.AttributeKey == LookupAttributeKey.EventId ? filter.AttributeValue : null),
                cancellationToken);
        }
        catch (InvalidContinuationTokenException)
        {
            throw LookupPageToken.Invalid();
        }
        return new LookupEventsResponse(
            page.Events.Select(Describe).ToList(),
            page.ContinuationToken is { } next ? LookupPageToken.Issue(fingerprint, next) : null);
    }

    private static LookupAttribute? Filter(IReadOnlyList<LookupAttribute>? attributes)
    {
        if (attributes is null || attributes.Count == 0)
        {
            return null;
        }
        if (attributes.Count > 1)
        {
            throw InvalidAttributes("You cannot specify more than one lookup attribute.");
        }
        var attribute = attributes[0];
        if (CountedLength(attribute.AttributeValue) > MaxAttributeValueLength)
        {
            throw InvalidAttributes(
                $"Lookup attribute value is not valid: it must be at most {MaxAttributeValueLength} characters long.");
        }
        return attribute;
    }

    /// <summary>The length as CloudTrail counts it: '_', ' ', ',' and '\n' count as two characters.</summary>
    private static int CountedLength(string value) =>
        value.Length + value.Count(c => c is '_' or ' ' or ',' or '\n');

    private static AwsException InvalidAttributes(string message) => new("InvalidLookupAttributesException", message);

    private static LookedUpEvent Describe(LoggedEvent logged)
    {
        var record = LoggedRecord.Read(logged);
        return new LookedUpEvent(
            record.EventId,
            record.EventName,
            record.ReadOnly ? "true" : "false",
            record.UserIdentity.AccessKeyId,
            logged.EventTime,
            record.EventSource,
            LookupFacts.Username(record.UserIdentity),
            LookupFacts.Resources(record).Select(r => new EventResource(r.Type, r.Name)).ToList(),
            LoggedRecord.Json(record));
    }
}
