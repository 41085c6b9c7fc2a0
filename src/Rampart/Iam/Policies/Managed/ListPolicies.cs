using System.Text.Json;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Policies.Managed;

public enum PolicyScope
{
    All,
    AWS,
    Local,
}

public enum PolicyUsage
{
    PermissionsPolicy,
    PermissionsBoundary,
}

public sealed record ListPoliciesRequest(
    PolicyScope? Scope, bool? OnlyAttached, string? PathPrefix, PolicyUsage? PolicyUsageFilter, string? Marker, int? MaxItems);

public sealed record ListPoliciesResponse(IReadOnlyList<PolicyInfo> Policies, bool IsTruncated, string? Marker);

/// <summary>Lists AWS managed policies (by name) and then the account's own (by name), filtered by scope, path and
/// usage. The marker names the source and the last key, so a page reads only what it returns (plus what filters skip).</summary>
public sealed class ListPolicies(IStore store) : IamPolicyOperation<ListPoliciesRequest, ListPoliciesResponse>
{
    private const string AwsSource = "aws:";
    private const string LocalSource = "local:";

    public override string Name => "ListPolicies";

    protected override OperationDeclaration<ListPoliciesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListPolicies",
        ReadOnly = true,
    };

    protected override async Task<ListPoliciesResponse> HandleAsync(ListPoliciesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var scope = request.Scope ?? PolicyScope.All;
        var limit = request.MaxItems ?? PageMarker.DefaultMaxItems;
        var marker = PageMarker.Redeem(request.Marker);
        var found = new List<(string Key, ManagedPolicy Policy)>();
        var inLocal = marker?.StartsWith(LocalSource, StringComparison.Ordinal) == true;

        if (scope != PolicyScope.Local && !inLocal)
        {
            var after = marker?.StartsWith(AwsSource, StringComparison.Ordinal) == true ? marker[AwsSource.Length..] : null;
            var usage = await AwsUsageAsync(call.AccountId, cancellationToken);
            foreach (var aws in AwsManagedPolicies.All)
            {
                if (after is not null && string.CompareOrdinal(aws.PolicyName, after) <= 0)
                {
                    continue;
                }
                var policy = ManagedPolicy.FromAws(aws, usage.GetValueOrDefault(aws.PolicyName), 0);
                if (Matches(policy, request))
                {
                    found.Add((AwsSource + aws.PolicyName, policy));
                    if (found.Count > limit)
                    {
                        break;
                    }
                }
            }
        }

        if (scope != PolicyScope.AWS && found.Count <= limit)
        {
            var startAfter = inLocal ? marker![LocalSource.Length..] : null;
            while (found.Count <= limit)
            {
                var page = await store.ListAsync(
                    new ListQuery(PolicyCollections.ManagedPolicy, call.AccountId, StartAfter: startAfter, Limit: limit + 1), cancellationToken);
                foreach (var item in page.Items)
                {
                    var policy = ManagedPolicy.FromRecord(JsonSerializer.Deserialize<ManagedPolicyRecord>(item.Json)!, item.Version);
                    if (Matches(policy, request))
                    {
                        found.Add((LocalSource + item.Key.Key, policy));
                    }
                }
                if (page.NextStartAfter is null)
                {
                    break;
                }
                startAfter = page.NextStartAfter;
            }
        }

        var truncated = found.Count > limit;
        var shown = found.Take(limit).ToList();
        return new ListPoliciesResponse(
            [.. shown.Select(f => f.Policy.Describe(withDetails: false))],
            truncated,
            truncated ? PageMarker.Issue(shown[^1].Key) : null);
    }

    private static bool Matches(ManagedPolicy policy, ListPoliciesRequest request)
    {
        if (request.PathPrefix is { } prefix && !policy.Path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        if (request.OnlyAttached != true)
        {
            return true;
        }
        return request.PolicyUsageFilter switch
        {
            PolicyUsage.PermissionsPolicy => policy.AttachmentCount > 0,
            PolicyUsage.PermissionsBoundary => policy.PermissionsBoundaryUsageCount > 0,
            _ => policy.AttachmentCount > 0 || policy.PermissionsBoundaryUsageCount > 0,
        };
    }

    private async Task<Dictionary<string, PolicyUsageRecord>> AwsUsageAsync(string accountId, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(
            new ListQuery(PolicyCollections.AwsPolicyUsage, accountId, Limit: AwsManagedPolicies.All.Count + 1), cancellationToken);
        return page.Items.Select(i => JsonSerializer.Deserialize<PolicyUsageRecord>(i.Json)!).ToDictionary(u => u.PolicyName, StringComparer.Ordinal);
    }
}
