using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

public sealed record ListTargetsForPolicyRequest(string PolicyId, string? NextToken, int? MaxResults);

public sealed record ListTargetsForPolicyResponse(IReadOnlyList<PolicyTargetSummary> Targets, string? NextToken);

/// <summary>The roots, OUs and accounts a policy is attached to. An organization's own policy lists its attachments;
/// an AWS managed default policy is attached everywhere it was not detached from, so its listing walks the root,
/// then the OUs, then the accounts.</summary>
public sealed class ListTargetsForPolicy(IStore store, OrganizationPolicyCache cache, PolicyArns policyArns)
    : OrganizationsOperation<ListTargetsForPolicyRequest, ListTargetsForPolicyResponse>
{
    private readonly PolicyStore policies = new(store, cache);
    private readonly PolicyTargets targets = new(store);
    private readonly OrganizationAccess access = new(store);

    private const string Attachments = "t";
    private const string Root = "r";
    private const string Units = "o";
    private const string Accounts = "a";

    public override string Name => "ListTargetsForPolicy";

    protected override OperationDeclaration<ListTargetsForPolicyRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListTargetsForPolicy",
        ReadOnly = true,
        Resources = (request, call) => policyArns.Of(call, request.PolicyId),
        ContextKeys = (request, call) => policyArns.TypeKey(call, request.PolicyId),
    };

    protected override async Task<ListTargetsForPolicyResponse> HandleAsync(
        ListTargetsForPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var policy = await policies.RequireAsync(organization, request.PolicyId, cancellationToken);
        var limit = request.MaxResults ?? OrgPaging.DefaultMaxResults;
        var found = new List<PolicyTargetSummary>();
        if (AwsManagedPolicy.Find(policy.Id) is { } managed)
        {
            if (!await policies.IsEnabledAsync(organization, managed.Type, cancellationToken))
            {
                return new ListTargetsForPolicyResponse([], null);
            }
            var position = PageToken.Read(request.NextToken, Root, Units, Accounts) ?? (Root, "");
            var next = await WalkAsync(organization, managed, position, limit, found, cancellationToken);
            return new ListTargetsForPolicyResponse(found, next);
        }
        var start = PageToken.Read(request.NextToken, Attachments)?.After;
        var after = start;
        var prefix = policy.Id + "/";
        while (found.Count < limit)
        {
            var page = await policies.Store.ListAsync(
                new ListQuery(PolicyCollections.PolicyTarget, organization.Id, prefix, after, limit - found.Count), cancellationToken);
            foreach (var item in page.Items)
            {
                after = item.Key.Key;
                if (await targets.FindAsync(organization, OrgJson.Read<AttachmentRecord>(item.Json).TargetId, cancellationToken) is { } target)
                {
                    found.Add(target.Summary);
                }
            }
            if (!page.IsTruncated)
            {
                return new ListTargetsForPolicyResponse(found, null);
            }
        }
        return new ListTargetsForPolicyResponse(found, PageToken.Write(Attachments, after!));
    }

    /// <summary>Fills the page from the root, the OUs and the accounts in turn, leaving out the targets the policy was
    /// detached from; returns the token to continue with, or null at the end.</summary>
    private async ValueTask<string?> WalkAsync(
        OrganizationRecord organization, AwsManagedPolicy managed, (string Kind, string After) position, int limit,
        List<PolicyTargetSummary> found, CancellationToken cancellationToken)
    {
        var (kind, after) = position;
        if (kind == Root)
        {
            if (await policies.HasDefaultAsync(organization, managed, organization.RootId, cancellationToken))
            {
                found.Add(new PolicyTargetSummary(organization.RootId, organization.RootArn, OrganizationRecord.RootName, "ROOT"));
            }
            (kind, after) = (Units, "");
        }
        foreach (var (phase, collection) in new[] { (Units, OrgCollections.Unit), (Accounts, OrgCollections.Account) })
        {
            if (kind != phase)
            {
                continue;
            }
            while (found.Count < limit)
            {
                var page = await policies.Store.ListAsync(
                    new ListQuery(collection, organization.Id, null, after.Length == 0 ? null : after, limit - found.Count), cancellationToken);
                foreach (var item in page.Items)
                {
                    after = item.Key.Key;
                    if (await policies.Store.GetAsync(PolicyKeys.DefaultDetached(organization.Id, after, managed.Id), cancellationToken) is null
                        && await targets.FindAsync(organization, after, cancellationToken) is { } target)
                    {
                        found.Add(target.Summary);
                    }
                }
                if (!page.IsTruncated)
                {
                    break;
                }
            }
            if (found.Count >= limit)
            {
                return PageToken.Write(phase, after);
            }
            (kind, after) = (Accounts, "");
        }
        return null;
    }
}
