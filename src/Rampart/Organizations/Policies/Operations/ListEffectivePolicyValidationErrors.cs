using System.Globalization;
using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Policies.Effective;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Policies.Operations;

public sealed record ListEffectivePolicyValidationErrorsRequest(string AccountId, string PolicyType, string? NextToken, int? MaxResults);

public sealed record ListEffectivePolicyValidationErrorsResponse(
    string AccountId, string PolicyType, string Path, DateTimeOffset EvaluationTimestamp,
    IReadOnlyList<EffectivePolicyValidationError> EffectivePolicyValidationErrors, string? NextToken);

/// <summary>Why an account's effective management policy of one type is invalid (see <see cref="EffectivePolicyRules"/>),
/// for the management account and delegated administrators; an empty list for a valid one.</summary>
public sealed class ListEffectivePolicyValidationErrors(IStore store, OrganizationPolicyCache cache, OrganizationDirectory directory)
    : OrganizationsOperation<ListEffectivePolicyValidationErrorsRequest, ListEffectivePolicyValidationErrorsResponse>
{
    private readonly PolicyTargets targets = new(store);
    private readonly OrganizationAccess access = new(store);
    private readonly EffectivePolicies effective = new(new PolicyStore(store, cache));

    private const string ByPosition = "e";

    public override string Name => "ListEffectivePolicyValidationErrors";

    protected override OperationDeclaration<ListEffectivePolicyValidationErrorsRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListEffectivePolicyValidationErrors",
        ReadOnly = true,
        Resources = (request, call) => new OrganizationArns(directory).Account(call, request.AccountId),
        ContextKeys = (request, _) => PolicyConditionKeys.Of(request.PolicyType),
    };

    protected override async Task<ListEffectivePolicyValidationErrorsResponse> HandleAsync(
        ListEffectivePolicyValidationErrorsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var type = EffectivePolicyTypes.Require(request.PolicyType);
        if (!OrgIds.IsAccountId(request.AccountId) || await targets.FindAsync(organization, request.AccountId, cancellationToken) is not { } target)
        {
            throw OrgErrors.AccountNotFound();
        }
        var result = await effective.ComputeAsync(organization, target, type, cancellationToken) ?? throw PolicyErrors.EffectivePolicyNotFound();
        var errors = EffectivePolicies.Validate(type, result);
        var start = PageToken.Read(request.NextToken, ByPosition) is { } position
            && int.TryParse(position.After, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : 0;
        var end = Math.Min(errors.Count, start + (request.MaxResults ?? OrgPaging.DefaultMaxResults));
        var path = organization.Id + "/" + string.Concat(target.Path.Select(id => id + "/"));
        return new ListEffectivePolicyValidationErrorsResponse(
            target.TargetId, type.Name, path, result.LastUpdated, [.. errors.Skip(start).Take(end - start)],
            end < errors.Count ? PageToken.Write(ByPosition, end.ToString(CultureInfo.InvariantCulture)) : null);
    }
}
