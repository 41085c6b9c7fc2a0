using System.Globalization;
using System.Text;
using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Delegation;

public sealed record GetHumanReadableSummaryRequest(string EntityArn, string? Locale);

public sealed record GetHumanReadableSummaryResponse(string? SummaryContent, string Locale, string SummaryState);

/// <summary>A plain-language summary of a delegation request (the only entity type IAM summarizes). AWS writes it with
/// a language model; Rampart states the request's facts in English sentences: who asks, for how long, with which
/// policy template and parameters, and what they wrote.</summary>
public sealed class GetHumanReadableSummary(IStore store) : DelegationOperation<GetHumanReadableSummaryRequest, GetHumanReadableSummaryResponse>
{
    private const string English = "en";

    public override string Name => "GetHumanReadableSummary";

    protected override OperationDeclaration<GetHumanReadableSummaryRequest> Declaration { get; } = new()
    {
        Action = "iam:GetHumanReadableSummary",
        ReadOnly = true,
    };

    protected override async Task<GetHumanReadableSummaryResponse> HandleAsync(GetHumanReadableSummaryRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var marker = ":delegation-request/";
        var at = request.EntityArn.IndexOf(marker, StringComparison.Ordinal);
        if (!request.EntityArn.StartsWith("arn:aws:iam::", StringComparison.Ordinal) || at < 0)
        {
            throw IamErrors.InvalidInput($"The entity {request.EntityArn} is not a delegation request; only delegation requests are summarized.");
        }
        var (record, _) = await new DelegationRequests(store).RequireVisibleAsync(request.EntityArn[(at + marker.Length)..], call, cancellationToken);
        if (request.Locale is { } locale && !locale.StartsWith(English, StringComparison.OrdinalIgnoreCase))
        {
            return new GetHumanReadableSummaryResponse(null, locale, "NOT_SUPPORTED");
        }
        return new GetHumanReadableSummaryResponse(Summarize(record, call.Time), English, "AVAILABLE");
    }

    private static string Summarize(DelegationRecord record, DateTimeOffset now)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Account {record.RequestorId}");
        if (record.RequestorName is { } name)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({name})");
        }
        text.Append(CultureInfo.InvariantCulture, $" asks for temporary access to {(record.OwnerAccountId is { } owner ? $"account {owner}" : "your account")}")
            .Append(CultureInfo.InvariantCulture, $" for sessions of up to {record.SessionDuration / 60} minutes, with the permissions of the policy template {record.Permissions.PolicyTemplateArn}");
        var parameters = record.Permissions.Parameters ?? [];
        if (parameters.Count > 0)
        {
            text.Append(" where ").Append(string.Join("; ", parameters.Select(p => $"{p.Name} is {string.Join(", ", p.Values ?? [])}")));
        }
        text.Append(CultureInfo.InvariantCulture, $". Purpose: {record.Description}");
        if (record.RequestMessage is { } message)
        {
            text.Append(CultureInfo.InvariantCulture, $" Message: {message}");
        }
        text.Append(CultureInfo.InvariantCulture, $" The request is {record.StateAt(now).ToLowerInvariant().Replace('_', ' ')} and expires at {record.ExpirationTime:yyyy-MM-dd HH:mm} UTC.");
        return text.ToString();
    }
}
