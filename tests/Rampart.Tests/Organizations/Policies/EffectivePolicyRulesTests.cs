using System.Text.Json.Nodes;
using Rampart.Organizations.Accounts;
using Rampart.Organizations.Policies;
using Rampart.Organizations.Policies.Effective;

namespace Rampart.Tests.Organizations.Policies;

/// <summary>The checks of effective management policies, and the policies blamed for what fails them.</summary>
public sealed class EffectivePolicyRulesTests
{
    [Fact]
    public void A_valid_tag_policy_passes_and_a_wrong_tag_key_or_enforced_for_entry_fails()
    {
        Assert.Empty(Check(OrganizationPolicyType.Tag,
            """{"tags":{"costcenter":{"tag_key":"CostCenter","tag_value":["1"],"enforced_for":["ec2:instance"]}}}"""));

        var errors = Check(OrganizationPolicyType.Tag,
            """{"tags":{"costcenter":{"tag_key":"Owner","enforced_for":["ec2"]},"team":{"tag_value":["a"]}}}""");

        Assert.Equal(
            [("ELEMENT_VALUE_INVALID", "tags.costcenter.tag_key"), ("ELEMENT_VALUE_INVALID", "tags.costcenter.enforced_for"), ("ELEMENT_MISSING", "tags.team.tag_key")],
            errors.Select(e => (e.Code, string.Join('.', e.Path))));
    }

    [Fact]
    public void Opt_out_choices_and_backup_plans_are_checked_and_other_types_are_not()
    {
        Assert.Equal(["services.rekognition.opt_out_policy"], Check(OrganizationPolicyType.AiServicesOptOut,
            """{"services":{"default":{"opt_out_policy":"optOut"},"rekognition":{"opt_out_policy":"sometimes"}}}""").Select(e => string.Join('.', e.Path)));
        Assert.Equal(["plans.daily.regions", "plans.daily.rules.nightly.target_backup_vault_name"], Check(OrganizationPolicyType.Backup,
            """{"plans":{"daily":{"rules":{"nightly":{"schedule_expression":"cron(0 5 ? * * *)"}}}}}""").Select(e => string.Join('.', e.Path)));
        Assert.Empty(Check(OrganizationPolicyType.All.Single(t => t.Name == "CHATBOT_POLICY"), """{"chatbot":{"anything":"goes"}}"""));
    }

    [Fact]
    public void The_policies_that_set_the_element_or_its_parent_contribute_to_its_error()
    {
        var effective = new EffectivePolicyResult(
            JsonNode.Parse("""{"tags":{"team":{"tag_value":["a","b"]}}}""")!.AsObject(),
            DateTimeOffset.UnixEpoch,
            [
                new SourcePolicy("p-root0000", Doc("""{"tags":{"costcenter":{"tag_key":{"@@assign":"CostCenter"}}}}""")),
                new SourcePolicy("p-unit0000", Doc("""{"tags":{"team":{"tag_value":{"@@assign":["a"]}}}}""")),
                new SourcePolicy("p-acct0000", Doc("""{"tags":{"@@assign":{"team":{"tag_value":["b"]}}}}""")),
            ]);

        var error = Assert.Single(EffectivePolicies.Validate(OrganizationPolicyType.Tag, effective));

        Assert.Equal("tags.team.tag_key", error.PathToError);
        Assert.Equal(["p-unit0000", "p-acct0000"], error.ContributingPolicies);
    }

    [Theory]
    [InlineData(0, 250)]
    [InlineData(1250, 250)]
    [InlineData(2000, 400)]
    [InlineData(10_000, 1000)]
    public void An_organization_closes_the_higher_of_250_and_a_fifth_of_its_members_up_to_1000(long members, int quota) =>
        Assert.Equal(quota, CloseAccountQuota.For(members));

    private static IReadOnlyList<(string Code, string Message, string[] Path)> Check(OrganizationPolicyType type, string effective) =>
        EffectivePolicyRules.Check(type, Doc(effective));

    private static JsonObject Doc(string json) => JsonNode.Parse(json)!.AsObject();
}
