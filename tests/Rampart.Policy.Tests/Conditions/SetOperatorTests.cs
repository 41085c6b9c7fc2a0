using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "Single-valued vs. multivalued context keys" and "Set operators for multivalued context keys".
public class SetOperatorTests
{
    private static RequestContext TagKeys(params string[] keys) => new RequestContext().Set("aws:TagKeys", keys);

    [Fact]
    public void ForAllValuesRequiresEveryRequestValueInTheSet()
    {
        var condition = Condition("ForAllValues:StringEquals", "aws:TagKeys", "environment", "cost-center");
        Assert.True(Satisfies(condition, TagKeys("environment")));
        Assert.True(Satisfies(condition, TagKeys("environment", "cost-center")));
        Assert.False(Satisfies(condition, TagKeys("environment", "owner")));
    }

    [Fact]
    public void ForAllValuesIsTrueForAMissingOrEmptyKey()
    {
        var condition = Condition("ForAllValues:StringEquals", "aws:TagKeys", "environment");
        Assert.True(Satisfies(condition, new RequestContext()));
        Assert.True(Satisfies(condition, TagKeys()));
    }

    [Fact]
    public void ForAnyValueRequiresOneRequestValueInTheSet()
    {
        var condition = Condition("ForAnyValue:StringEquals", "aws:TagKeys", "environment", "cost-center");
        Assert.True(Satisfies(condition, TagKeys("owner", "environment")));
        Assert.False(Satisfies(condition, TagKeys("owner")));
    }

    [Fact]
    public void ForAnyValueIsFalseForAMissingOrEmptyKeyUnlessIfExists()
    {
        Assert.False(Satisfies(Condition("ForAnyValue:StringEquals", "aws:TagKeys", "environment"), new RequestContext()));
        Assert.False(Satisfies(Condition("ForAnyValue:StringEquals", "aws:TagKeys", "environment"), TagKeys()));
        Assert.True(Satisfies(Condition("ForAnyValue:StringEqualsIfExists", "aws:TagKeys", "environment"), new RequestContext()));
    }

    [Fact]
    public void ForAllValuesWithNegatedOperatorRejectsAnyListedValue()
    {
        var condition = Condition("ForAllValues:StringNotEquals", "aws:TagKeys", "secret");
        Assert.True(Satisfies(condition, TagKeys("a", "b")));
        Assert.False(Satisfies(condition, TagKeys("a", "secret")));
    }

    [Fact]
    public void ForAnyValueWithNegatedOperatorNeedsOneUnlistedValue()
    {
        var condition = Condition("ForAnyValue:StringNotEquals", "aws:TagKeys", "a");
        Assert.True(Satisfies(condition, TagKeys("a", "b")));
        Assert.False(Satisfies(condition, TagKeys("a")));
    }

    [Fact]
    public void ForAnyValueWithLikeMatchesPatterns()
    {
        var condition = Condition("ForAnyValue:StringLike", "aws:TagKeys", "team-*");
        Assert.True(Satisfies(condition, TagKeys("owner", "team-blue")));
        Assert.False(Satisfies(condition, TagKeys("owner")));
    }

    [Fact]
    public void OperatorWithoutSetPrefixOnAMultivaluedKeyMatchesAnyValue()
    {
        Assert.True(Satisfies(Condition("StringEquals", "aws:TagKeys", "b"), TagKeys("a", "b")));
        Assert.False(Satisfies(Condition("StringNotEquals", "aws:TagKeys", "b"), TagKeys("a", "b")));
    }
}
