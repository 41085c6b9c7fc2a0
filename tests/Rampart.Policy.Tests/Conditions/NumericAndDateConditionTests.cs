using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "IAM JSON policy elements: Condition operators" — Numeric and Date condition operators.
public class NumericAndDateConditionTests
{
    [Theory]
    [InlineData("NumericEquals", "10", "10", true)]
    [InlineData("NumericEquals", "10", "10.0", true)]
    [InlineData("NumericEquals", "10", "11", false)]
    [InlineData("NumericNotEquals", "10", "11", true)]
    [InlineData("NumericNotEquals", "10", "10", false)]
    [InlineData("NumericLessThan", "10", "9", true)]
    [InlineData("NumericLessThan", "10", "10", false)]
    [InlineData("NumericLessThanEquals", "10", "10", true)]
    [InlineData("NumericLessThanEquals", "10", "11", false)]
    [InlineData("NumericGreaterThan", "10", "11", true)]
    [InlineData("NumericGreaterThan", "10", "10", false)]
    [InlineData("NumericGreaterThanEquals", "10", "10", true)]
    [InlineData("NumericGreaterThanEquals", "10", "9.5", false)]
    [InlineData("NumericLessThanEquals", "10", "ten", false)]
    public void NumericOperators(string op, string policyValue, string requestValue, bool expected) =>
        Assert.Equal(expected, Satisfies(Condition(op, "s3:max-keys", policyValue), new RequestContext().Set("s3:max-keys", requestValue)));

    [Fact]
    public void NumericKeySuppliedAsANumber() =>
        Assert.True(Satisfies(Condition("NumericLessThanEquals", "s3:max-keys", "10"), new RequestContext().Set("s3:max-keys", 7)));

    [Theory]
    [InlineData("DateEquals", "2020-01-01T00:00:00Z", "2020-01-01T00:00:00Z", true)]
    [InlineData("DateEquals", "2020-01-01T00:00:00Z", "2020-01-01T01:00:00+01:00", true)]
    [InlineData("DateEquals", "2020-01-01", "2020-01-01T00:00:00Z", true)]
    [InlineData("DateNotEquals", "2020-01-01T00:00:00Z", "2020-01-02T00:00:00Z", true)]
    [InlineData("DateLessThan", "2020-06-30T00:00:00Z", "2020-06-29T23:59:59Z", true)]
    [InlineData("DateLessThan", "2020-06-30T00:00:00Z", "2020-06-30T00:00:00Z", false)]
    [InlineData("DateLessThanEquals", "2020-06-30T00:00:00Z", "2020-06-30T00:00:00Z", true)]
    [InlineData("DateGreaterThan", "2020-06-30T00:00:00Z", "2020-07-01T00:00:00Z", true)]
    [InlineData("DateGreaterThanEquals", "2020-06-30T00:00:00Z", "2020-06-29T00:00:00Z", false)]
    [InlineData("DateGreaterThan", "1577836800", "2020-01-01T00:00:01Z", true)]
    [InlineData("DateEquals", "1577836800", "2020-01-01T00:00:00Z", true)]
    [InlineData("DateLessThan", "2020-01-01T00:00:00Z", "1577836799", true)]
    [InlineData("DateLessThan", "2020-01-01T00:00:00Z", "not a date", false)]
    public void DateOperatorsAcceptIso8601AndEpochSeconds(string op, string policyValue, string requestValue, bool expected) =>
        Assert.Equal(expected, Satisfies(Condition(op, "aws:CurrentTime", policyValue), new RequestContext().Set("aws:CurrentTime", requestValue)));

    [Fact]
    public void DocumentedTimeWindowExample()
    {
        // The documentation's example allows access only within a time window.
        var after = Condition("DateGreaterThan", "aws:CurrentTime", "2020-04-01T00:00:00Z");
        var before = Condition("DateLessThan", "aws:CurrentTime", "2020-06-30T23:59:59Z");
        var policy = Compiled(Allow("ec2:*", "*", after, before));
        AuthorizationRequest At(string time) =>
            new(User(), "ec2:RunInstances", "*", new RequestContext().Set("aws:CurrentTime", time), [policy]);
        Assert.Equal(Decision.Allowed, Decide(At("2020-05-01T12:00:00Z")));
        Assert.Equal(Decision.ImplicitDeny, Decide(At("2020-07-01T12:00:00Z")));
        Assert.Equal(Decision.ImplicitDeny, Decide(At("2020-03-01T12:00:00Z")));
    }
}
