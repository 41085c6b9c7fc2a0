using System.Text.Json.Nodes;
using Rampart.Organizations.Tree;

namespace Rampart.Organizations.Policies.Effective;

/// <summary>Reads the management policies on a target's path and merges them into its effective policy.</summary>
public sealed class EffectivePolicies(PolicyStore policies)
{
    /// <summary>The effective policy, or null when the type is not enabled or no level has a policy of it.</summary>
    public async ValueTask<EffectivePolicyResult?> ComputeAsync(
        OrganizationRecord organization, PolicyTarget target, OrganizationPolicyType type, CancellationToken cancellationToken)
    {
        if (!await policies.IsEnabledAsync(organization, type, cancellationToken))
        {
            return null;
        }
        var levels = new List<IReadOnlyList<JsonObject>>();
        var sources = new List<SourcePolicy>();
        var lastUpdated = DateTimeOffset.MinValue;
        foreach (var targetId in target.Path)
        {
            var documents = new List<JsonObject>();
            foreach (var attachment in await policies.ExplicitAsync(organization.Id, targetId, cancellationToken))
            {
                if (attachment.Record.Type != type.Name
                    || await policies.FindStoredAsync(organization.Id, attachment.Record.PolicyId, cancellationToken) is not { Record: var policy })
                {
                    continue;
                }
                var document = ManagementPolicyDocument.Parse(policy.Content);
                documents.Add(document);
                sources.Add(new SourcePolicy(policy.Id, document));
                lastUpdated = new[] { lastUpdated, policy.LastUpdated, attachment.Record.AttachedAt }.Max();
            }
            levels.Add(documents);
        }
        return EffectivePolicyCalculator.Compute(levels) is { } content ? new EffectivePolicyResult(content, lastUpdated, sources) : null;
    }

    /// <summary>The validation errors of an effective policy (<see cref="EffectivePolicyRules"/>), each with the
    /// policies that set the erroneous element or, for a missing one, its parent.</summary>
    public static IReadOnlyList<EffectivePolicyValidationError> Validate(OrganizationPolicyType type, EffectivePolicyResult effective) =>
    [
        .. EffectivePolicyRules.Check(type, effective.Content).Select(error =>
        {
            var blamed = error.Code == EffectivePolicyRules.MissingElement ? error.Path[..^1] : error.Path;
            var contributing = effective.Sources.Where(source => source.Sets(blamed)).Select(source => source.PolicyId).Distinct().ToList();
            return new EffectivePolicyValidationError(error.Code, error.Message, string.Join('.', error.Path), contributing);
        }),
    ];
}
