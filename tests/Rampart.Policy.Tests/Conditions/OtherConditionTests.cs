using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "IAM JSON policy elements: Condition operators" — Boolean, Binary, IP address, ARN and Null operators.
public class OtherConditionTests
{
    [Theory]
    [InlineData("true", "true", true)]
    [InlineData("true", "TRUE", true)]
    [InlineData("true", "false", false)]
    [InlineData("false", "false", true)]
    [InlineData("true", "yes", false)]
    public void BoolComparesTrueAndFalse(string policyValue, string requestValue, bool expected) =>
        Assert.Equal(expected, Satisfies(Condition("Bool", "aws:SecureTransport", policyValue), new RequestContext().Set("aws:SecureTransport", requestValue)));

    [Fact]
    public void BoolDenyOnInsecureTransportExample()
    {
        // The documented pattern: deny when aws:SecureTransport is false.
        var policy = Compiled(
            Allow("s3:*", "*"),
            Deny("s3:*", "*", Condition("Bool", "aws:SecureTransport", "false")));
        var insecure = new AuthorizationRequest(User(), "s3:GetObject", "arn:aws:s3:::b/k", new RequestContext().Set("aws:SecureTransport", false), [policy]);
        var secure = insecure with { Context = new RequestContext().Set("aws:SecureTransport", true) };
        Assert.Equal(Decision.ExplicitDeny, Decide(insecure));
        Assert.Equal(Decision.Allowed, Decide(secure));
    }

    [Fact]
    public void BinaryEqualsComparesBase64()
    {
        var condition = Condition("BinaryEquals", "key", "QmluYXJ5VmFsdWVJbkJhc2U2NA==");
        Assert.True(Satisfies(condition, new RequestContext().Set("key", "QmluYXJ5VmFsdWVJbkJhc2U2NA==")));
        Assert.False(Satisfies(condition, new RequestContext().Set("key", "b3RoZXI=")));
    }

    [Theory]
    [InlineData("203.0.113.0/24", "203.0.113.7", true)]
    [InlineData("203.0.113.0/24", "203.0.114.7", false)]
    [InlineData("203.0.113.5", "203.0.113.5", true)]
    [InlineData("203.0.113.5/32", "203.0.113.6", false)]
    [InlineData("0.0.0.0/0", "198.51.100.1", true)]
    [InlineData("2001:DB8:1234:5678::/64", "2001:db8:1234:5678::1", true)]
    [InlineData("2001:DB8:1234:5678::/64", "2001:db8:1234:5679::1", false)]
    [InlineData("2001:db8::/32", "2001:0db8:ffff:0:0:0:0:1", true)]
    [InlineData("::ffff:192.0.2.0/120", "::ffff:192.0.2.128", true)]
    [InlineData("203.0.113.0/24", "2001:db8::1", false)]
    [InlineData("203.0.113.0/24", "not-an-ip", false)]
    public void IpAddressMatchesIpv4AndIpv6Cidrs(string cidr, string sourceIp, bool expected)
    {
        var context = new RequestContext().Set("aws:SourceIp", sourceIp);
        Assert.Equal(expected, Satisfies(Condition("IpAddress", "aws:SourceIp", cidr), context));
    }

    [Fact]
    public void NotIpAddressDeniesOutsideRangesExample()
    {
        // The documented example denies requests not from the listed ranges.
        var policy = Compiled(
            Allow("*", "*"),
            Deny("*", "*", Condition("NotIpAddress", "aws:SourceIp", "192.0.2.0/24", "203.0.113.0/24")));
        AuthorizationRequest From(string ip) => new(User(), "ec2:RunInstances", "*", new RequestContext().Set("aws:SourceIp", ip), [policy]);
        Assert.Equal(Decision.Allowed, Decide(From("192.0.2.10")));
        Assert.Equal(Decision.Allowed, Decide(From("203.0.113.10")));
        Assert.Equal(Decision.ExplicitDeny, Decide(From("198.51.100.10")));
    }

    [Theory]
    [InlineData("ArnEquals", "arn:aws:sns:REGION:123456789012:TOPIC", "arn:aws:sns:REGION:123456789012:TOPIC", true)]
    [InlineData("ArnLike", "arn:aws:sns:*:123456789012:*", "arn:aws:sns:us-east-1:123456789012:topic", true)]
    [InlineData("ArnLike", "arn:aws:sns:*:123456789012:*", "arn:aws:sns:us-east-1:999999999999:topic", false)]
    [InlineData("ArnEquals", "arn:aws:iam::*:role/admin", "arn:aws:iam::123456789012:role/admin", true)]
    [InlineData("ArnLike", "arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b:c", true)]
    [InlineData("ArnNotEquals", "arn:aws:iam::123456789012:role/admin", "arn:aws:iam::123456789012:role/admin", false)]
    [InlineData("ArnNotLike", "arn:aws:iam::*:role/admin*", "arn:aws:iam::123456789012:role/dev", true)]
    [InlineData("ArnLike", "arn:aws:iam::123456789012:ROLE/*", "arn:aws:iam::123456789012:role/x", false)]
    [InlineData("ArnLike", "arn:aws:*", "not-an-arn", false)]
    public void ArnOperatorsMatchEachPart(string op, string policyValue, string requestValue, bool expected) =>
        Assert.Equal(expected, Satisfies(Condition(op, "aws:SourceArn", policyValue), new RequestContext().Set("aws:SourceArn", requestValue)));

    [Fact]
    public void ArnLikeWildcardDoesNotSpanPartsButStringLikeDoes()
    {
        // The account part's '*' cannot swallow a colon under ArnLike, so "a:b" leaves "b:x" as the resource part.
        var value = new RequestContext().Set("aws:SourceArn", "arn:aws:sns:us-east-1:a:b:x");
        Assert.False(Satisfies(Condition("ArnLike", "aws:SourceArn", "arn:aws:sns:*:*:x"), value));
        Assert.True(Satisfies(Condition("StringLike", "aws:SourceArn", "arn:aws:sns:*:*:x"), value));
    }

    [Theory]
    [InlineData("true", false, true)]
    [InlineData("true", true, false)]
    [InlineData("false", true, true)]
    [InlineData("false", false, false)]
    public void NullTestsPresence(string policyValue, bool keyPresent, bool expected)
    {
        var context = keyPresent ? new RequestContext().Set("aws:TokenIssueTime", "2020-01-01T00:00:00Z") : new RequestContext();
        Assert.Equal(expected, Satisfies(Condition("Null", "aws:TokenIssueTime", policyValue), context));
    }

    [Fact]
    public void NullTreatsAnEmptyListAsAbsent() =>
        Assert.True(Satisfies(Condition("Null", "aws:TagKeys", "true"), new RequestContext().Set("aws:TagKeys", Array.Empty<string>())));

    [Fact]
    public void UnknownOperatorIsNeverSatisfied()
    {
        Assert.False(Satisfies(Condition("StringEqualz", "aws:username", "alice"), new RequestContext()));
        var policy = Compiled(Allow("*", "*"), Deny("*", "*", Condition("NoSuchOperator", "k", "v")));
        Assert.Equal(Decision.Allowed, Decide(Request("s3:GetObject", "*", policy)));
    }

    [Fact]
    public void MultipleKeysAndOperatorsAreAnded()
    {
        var policy = Compiled(Allow("s3:*", "*",
            Condition("StringEquals", "aws:PrincipalTag/team", "blue"),
            Condition("Bool", "aws:MultiFactorAuthPresent", "true")));
        AuthorizationRequest With(RequestContext context) => new(User(), "s3:GetObject", "*", context, [policy]);
        Assert.Equal(Decision.Allowed, Decide(With(new RequestContext().Set("aws:PrincipalTag/team", "blue").Set("aws:MultiFactorAuthPresent", true))));
        Assert.Equal(Decision.ImplicitDeny, Decide(With(new RequestContext().Set("aws:PrincipalTag/team", "blue").Set("aws:MultiFactorAuthPresent", false))));
        Assert.Equal(Decision.ImplicitDeny, Decide(With(new RequestContext().Set("aws:PrincipalTag/team", "red").Set("aws:MultiFactorAuthPresent", true))));
    }
}
