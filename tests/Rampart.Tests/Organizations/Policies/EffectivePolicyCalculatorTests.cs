using System.Text.Json.Nodes;
using Rampart.Organizations.Policies.Effective;
using Rampart.Protocol;

namespace Rampart.Tests.Organizations.Policies;

/// <summary>Management policies merged along an account's path by their inheritance operators.</summary>
public sealed class EffectivePolicyCalculatorTests
{
    [Fact]
    public void No_policy_on_any_level_means_no_effective_policy()
    {
        Assert.Null(EffectivePolicyCalculator.Compute([[], [], []]));
    }

    [Fact]
    public void A_child_assign_replaces_and_append_adds_to_the_inherited_values_without_operators_in_the_result()
    {
        var root = Doc("""{"tags":{"costcenter":{"tag_key":{"@@assign":"CostCenter"},"tag_value":{"@@assign":["100","200"]}}}}""");
        var unit = Doc("""{"tags":{"costcenter":{"tag_value":{"@@append":["300","100"]}},"project":{"tag_key":{"@@assign":"Project"}}}}""");
        var account = Doc("""{"tags":{"costcenter":{"tag_value":{"@@remove":["200"]}}}}""");

        var effective = EffectivePolicyCalculator.Compute([[root], [unit], [account]])!;

        Assert.Equal(
            """{"tags":{"costcenter":{"tag_key":"CostCenter","tag_value":["100","300"]},"project":{"tag_key":"Project"}}}""",
            effective.ToJsonString());
    }

    [Fact]
    public void A_parent_that_allows_no_operators_below_keeps_its_value()
    {
        var root = Doc("""
            {"services":{"default":{"opt_out_policy":{"@@assign":"optOut","@@operators_allowed_for_child_policies":["@@none"]}}}}
            """);
        var account = Doc("""{"services":{"default":{"opt_out_policy":{"@@assign":"optIn"}}}}""");

        var effective = EffectivePolicyCalculator.Compute([[root], [account]])!;

        Assert.Equal("""{"services":{"default":{"opt_out_policy":"optOut"}}}""", effective.ToJsonString());
    }

    [Fact]
    public void A_restriction_limits_only_the_levels_below_and_everything_under_the_setting()
    {
        var root = Doc("""{"tags":{"@@operators_allowed_for_child_policies":["@@append"],"env":{"tag_value":{"@@assign":["prod"]}}}}""");
        var sameLevel = Doc("""{"tags":{"env":{"tag_value":{"@@assign":["prod","dev"]}}}}""");
        var account = Doc("""{"tags":{"env":{"tag_value":{"@@assign":["test"],"@@append":["qa"]}}}}""");

        var effective = EffectivePolicyCalculator.Compute([[root, sameLevel], [account]])!;

        Assert.Equal("""{"tags":{"env":{"tag_value":["prod","dev","qa"]}}}""", effective.ToJsonString());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"a":"plain"}""")]
    [InlineData("""{"a":{"@@append":"not a list"}}""")]
    [InlineData("""{"a":{"@@unknown":["x"]}}""")]
    [InlineData("""{"a":{"@@assign":"x","b":{"@@assign":"y"}}}""")]
    [InlineData("""{"a":{"@@operators_allowed_for_child_policies":["@@everything"]}}""")]
    [InlineData("{not json")]
    public void Documents_that_break_the_operator_syntax_are_malformed(string content)
    {
        var error = Assert.Throws<AwsException>(() => ManagementPolicyDocument.Parse(content));

        Assert.Equal("MalformedPolicyDocumentException", error.Error.Code);
    }

    private static JsonObject Doc(string json) => ManagementPolicyDocument.Parse(json);
}
