using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Gateway;

public sealed record SampledTimeWindow(DateTimeOffset StartTime, DateTimeOffset EndTime);

public sealed record GetSampledRequestsRequest(string WebAclArn, string RuleMetricName, string Scope, SampledTimeWindow TimeWindow, long MaxItems);

public sealed record SampledHeader(string Name, string Value);

public sealed record SampledLabel(string Name);

public sealed record SampledHttpRequestDetail(string ClientIP, string? Country, string URI, string Method, string HTTPVersion, IReadOnlyList<SampledHeader> Headers);

public sealed record SampledHTTPRequest(
    SampledHttpRequestDetail Request,
    long Weight,
    DateTimeOffset Timestamp,
    string Action,
    string? RuleNameWithinRuleGroup,
    IReadOnlyList<SampledHeader>? RequestHeadersInserted,
    int? ResponseCodeSent,
    IReadOnlyList<SampledLabel>? Labels);

public sealed record GetSampledRequestsResponse(IReadOnlyList<SampledHTTPRequest> SampledRequests, long PopulationSize, SampledTimeWindow TimeWindow);

/// <summary>
/// Requests the gateways saw under a rule's metric name (or the web ACL's own, or Default_Action) within a time window
/// of the last three hours, up to MaxItems of them, each weighted by how many requests it stands for.
/// </summary>
public sealed class GetSampledRequests(IStore store, StoreWebAclSource webAcls, GatewayContext gateways)
    : WafOperation<GetSampledRequestsRequest, GetSampledRequestsResponse>
{
    public override string Name => "GetSampledRequests";

    protected override OperationDeclaration<GetSampledRequestsRequest> Declaration { get; } = new()
    {
        Action = "wafv2:GetSampledRequests",
        ReadOnly = true,
        Resources = (request, _) => [request.WebAclArn],
    };

    protected override async Task<GetSampledRequestsResponse> HandleAsync(GetSampledRequestsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var scope = WafScope.Of(request.Scope, call);
        if (request.MaxItems is < 1 or > 500)
        {
            throw WafErrors.InvalidParameter("MAX_ITEMS", request.MaxItems.ToString(System.Globalization.CultureInfo.InvariantCulture), WafErrors.Reasons.AboveMaximum);
        }
        var webAcl = await new EntityStore(store, webAcls).GetByArnAsync(call, request.WebAclArn, EntityKind.WebAcl, cancellationToken);
        if (webAcl.Record.Scope != scope.Name)
        {
            throw WafErrors.Nonexistent();
        }
        var now = gateways.Time.GetUtcNow();
        var oldest = now - SampledRequestStore.Retention;
        var (start, end) = (request.TimeWindow.StartTime, request.TimeWindow.EndTime);
        if (end < start || start < oldest || start > now)
        {
            throw WafErrors.InvalidParameter("TIME_WINDOW", $"{start:O} - {end:O}",
                "The time window must start within the previous three hours and end after it starts.");
        }
        // AWS answers the window it actually searched: the part of the request's window that has passed.
        var window = new SampledTimeWindow(start, end > now ? now : end);
        var (samples, population) = gateways.Samples.Query(webAcl.Record.Arn, request.RuleMetricName, window.StartTime, window.EndTime, (int)request.MaxItems);
        return new GetSampledRequestsResponse([.. samples.Select(sample => Shape(sample.Request, sample.Weight))], population, window);
    }

    private static SampledHTTPRequest Shape(SampledRequest sample, long weight) => new(
        new SampledHttpRequestDetail(sample.ClientIp, sample.Country, sample.Uri, sample.Method, sample.HttpVersion,
            [.. sample.Headers.Select(header => new SampledHeader(header.Name, header.Value))]),
        weight,
        sample.Timestamp,
        sample.Action,
        sample.RuleNameWithinRuleGroup,
        sample.RequestHeadersInserted.Count == 0 ? null : [.. sample.RequestHeadersInserted.Select(header => new SampledHeader(header.Name, header.Value))],
        sample.ResponseCodeSent,
        sample.Labels.Count == 0 ? null : [.. sample.Labels.Select(label => new SampledLabel(label))]);
}
