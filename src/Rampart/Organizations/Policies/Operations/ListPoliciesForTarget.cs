using System.Globalization;
using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Policies.Operations;

public sealed record ListPoliciesForTargetRequest(string TargetId, string Filter, string? NextToken, int? MaxResults);

/// <summary>The policies of one type attached directly to a root, OU or account (a handful at most, so paged by position).</summary>
public sealed class ListPoliciesForTarget(IStore store, OrganizationPolicyCache cache, OrganizationDirectory directory)
    : OrganizationsOperation<ListPoliciesForTargetRequest, PolicyListResponse>
{
    private readonly PolicyStore policies = new(store, cache);
    private readonly PolicyTargets targets = new(store);
    private readonly OrganizationAccess access = new(store);

    private const string ByPosition = "i";

    public override string Name => "ListPoliciesForTarget";

    protected override OperationDeclaration<ListPoliciesForTargetRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListPoliciesForTarget",
        ReadOnly = true,
        Resources = (request, call) => new OrganizationArns(directory).Target(call, request.TargetId),
        ContextKeys = (request, _) => PolicyConditionKeys.Of(request.Filter),
    };

    protected override async Task<PolicyListResponse> HandleAsync(ListPoliciesForTargetRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var type = OrganizationPolicyType.Require(request.Filter);
        var target = await targets.RequireAsync(organization, request.TargetId, cancellationToken);
        var attached = await policies.AttachedAsync(organization, target.TargetId, type, cancellationToken);
        var start = PageToken.Read(request.NextToken, ByPosition) is { } position
            && int.TryParse(position.After, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : 0;
        var end = Math.Min(attached.Count, start + (request.MaxResults ?? OrgPaging.DefaultMaxResults));
        var page = attached.Skip(start).Take(end - start).Select(p => p.Summary).ToList();
        return new PolicyListResponse(page, end < attached.Count ? PageToken.Write(ByPosition, end.ToString(CultureInfo.InvariantCulture)) : null);
    }
}
