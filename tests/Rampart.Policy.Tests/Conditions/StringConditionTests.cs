using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "IAM JSON policy elements: Condition operators" — String condition operators.
public class StringConditionTests
{
    private static RequestContext Tag(string value) => new RequestContext().Set("aws:PrincipalTag/job-category", value);

    [Theory]
    [InlineData("StringEquals", "iamuser-admin", "iamuser-admin", true)]
    [InlineData("StringEquals", "iamuser-admin", "IAMUSER-ADMIN", false)]
    [InlineData("StringNotEquals", "iamuser-admin", "iamuser-admin", false)]
    [InlineData("StringNotEquals", "iamuser-admin", "other", true)]
    [InlineData("StringEqualsIgnoreCase", "iamuser-admin", "IAMUser-Admin", true)]
    [InlineData("StringEqualsIgnoreCase", "iamuser-admin", "iamuser", false)]
    [InlineData("StringNotEqualsIgnoreCase", "iamuser-admin", "IAMUSER-ADMIN", false)]
    [InlineData("StringNotEqualsIgnoreCase", "iamuser-admin", "x", true)]
    [InlineData("StringLike", "iamuser-*", "iamuser-admin", true)]
    [InlineData("StringLike", "iamuser-?dmin", "iamuser-admin", true)]
    [InlineData("StringLike", "iamuser-*", "IAMUSER-admin", false)]
    [InlineData("StringLike", "a*c", "a:b/c", true)]
    [InlineData("StringNotLike", "iamuser-*", "iamuser-admin", false)]
    [InlineData("StringNotLike", "iamuser-*", "devuser", true)]
    public void OperatorComparesAsDocumented(string op, string policyValue, string requestValue, bool expected) =>
        Assert.Equal(expected, Satisfies(Condition(op, "aws:PrincipalTag/job-category", policyValue), Tag(requestValue)));

    [Fact]
    public void ValuesOfOneKeyAreOred()
    {
        var condition = Condition("StringEquals", "aws:PrincipalTag/job-category", "iamuser-admin", "iamuser-dev");
        Assert.True(Satisfies(condition, Tag("iamuser-dev")));
        Assert.False(Satisfies(condition, Tag("iamuser-ops")));
    }

    [Fact]
    public void NegatedOperatorNeedsEveryValueToFail()
    {
        var condition = Condition("StringNotEquals", "aws:PrincipalTag/job-category", "iamuser-admin", "iamuser-dev");
        Assert.False(Satisfies(condition, Tag("iamuser-dev")));
        Assert.True(Satisfies(condition, Tag("iamuser-ops")));
    }

    [Fact]
    public void ConditionKeyNamesAreCaseInsensitive()
    {
        var condition = Condition("StringEquals", "AWS:PRINCIPALTAG/JOB-CATEGORY", "iamuser-admin");
        Assert.True(Satisfies(condition, Tag("iamuser-admin")));
    }

    [Theory]
    [InlineData("StringEquals", false)]
    [InlineData("StringLike", false)]
    [InlineData("StringEqualsIgnoreCase", false)]
    [InlineData("StringNotEquals", true)]
    [InlineData("StringNotLike", true)]
    [InlineData("StringEqualsIfExists", true)]
    [InlineData("StringNotEqualsIfExists", true)]
    public void MissingKeyFailsPositiveAndSatisfiesNegatedOrIfExists(string op, bool expected) =>
        Assert.Equal(expected, Satisfies(Condition(op, "aws:PrincipalTag/job-category", "iamuser-admin"), new RequestContext()));

    [Fact]
    public void IfExistsStillComparesAPresentKey()
    {
        var condition = Condition("StringEqualsIfExists", "ec2:InstanceType", "t1.*", "t2.micro");
        Assert.True(Satisfies(condition, new RequestContext().Set("ec2:InstanceType", "t2.micro")));
        Assert.False(Satisfies(condition, new RequestContext().Set("ec2:InstanceType", "m5.large")));
    }
}
