namespace Rampart.Waf.Api.Entities;

/// <summary>WAFv2's WebACLSummary, IPSetSummary, RegexPatternSetSummary and RuleGroupSummary (one shape).</summary>
public sealed record EntitySummary(string Name, string Id, string? Description, string LockToken, string ARN)
{
    public static EntitySummary Of(EntityRecord record) => new(
        record.Name, record.Id, record.Document["Description"]?.GetValue<string>(), record.LockToken, record.Arn);
}
