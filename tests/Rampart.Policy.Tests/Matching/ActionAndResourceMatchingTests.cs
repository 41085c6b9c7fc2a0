using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "IAM JSON policy elements: Action", "NotAction", "Resource" and "NotResource".
public class ActionAndResourceMatchingTests
{
    [Theory]
    [InlineData("s3:GetObject", "s3:GetObject", true)]
    [InlineData("s3:getobject", "s3:GetObject", true)]
    [InlineData("S3:GETOBJECT", "s3:GetObject", true)]
    [InlineData("s3:Get*", "s3:GetObjectAcl", true)]
    [InlineData("s3:*", "s3:PutObject", true)]
    [InlineData("*", "iam:CreateUser", true)]
    [InlineData("iam:*AccessKey*", "iam:ListAccessKeys", true)]
    [InlineData("iam:*AccessKey*", "iam:ListUsers", false)]
    [InlineData("ec2:Describe?nstances", "ec2:DescribeInstances", true)]
    [InlineData("ec2:Describe?nstances", "ec2:DescribeXXnstances", false)]
    [InlineData("s3:GetObject", "s3:GetObjectAcl", false)]
    [InlineData("s3:*", "s3express:CreateSession", false)]
    public void ActionsMatchCaseInsensitivelyWithWildcards(string pattern, string action, bool expected) =>
        Assert.Equal(expected, Decide(Request(action, "*", Compiled(Allow(pattern, "*")))) == Decision.Allowed);

    [Theory]
    [InlineData("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b/c", true)]
    [InlineData("arn:aws:s3:::bucket/*", "arn:aws:s3:::BUCKET/a", false)]
    [InlineData("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket", false)]
    [InlineData("arn:aws:iam::*:user/*", "arn:aws:iam::111122223333:user/division/bob", true)]
    [InlineData("arn:aws:*", "arn:aws:sns:us-east-1:111122223333:topic", true)]
    [InlineData("arn:aws:sqs:*:111122223333:queue?", "arn:aws:sqs:eu-west-1:111122223333:queue1", true)]
    [InlineData("arn:aws:sqs:*:111122223333:queue?", "arn:aws:sqs:eu-west-1:111122223333:queue12", false)]
    [InlineData("arn:aws:dynamodb:us-east-1:111122223333:table/Books", "arn:aws:dynamodb:us-east-1:111122223333:table/books", false)]
    [InlineData("*", "anything at all", true)]
    public void ResourcesMatchCaseSensitivelyAndStarSpansSeparators(string pattern, string resource, bool expected) =>
        Assert.Equal(expected, Decide(Request("s3:GetObject", resource, Compiled(Allow("s3:GetObject", pattern)))) == Decision.Allowed);

    [Fact]
    public void NotActionAllowsEverythingExceptTheListedActions()
    {
        // The documented example: allow everything except IAM.
        var policy = Compiled(AllExcept(Effect.Allow, ["iam:*"], "*"));
        Assert.Equal(Decision.Allowed, Decide(Request("s3:ListBucket", "*", policy)));
        Assert.Equal(Decision.ImplicitDeny, Decide(Request("iam:CreateUser", "*", policy)));
    }

    [Fact]
    public void NotResourceDeniesEverythingOutsideTheListedResources()
    {
        var policy = Compiled(
            Allow("s3:*", "*"),
            Statement(Effect.Deny, ["s3:*"], null) with { NotResource = ["arn:aws:s3:::HRBucket/Payroll", "arn:aws:s3:::HRBucket/Payroll/*"] });
        Assert.Equal(Decision.Allowed, Decide(Request("s3:GetObject", "arn:aws:s3:::HRBucket/Payroll/p.csv", policy)));
        Assert.Equal(Decision.ExplicitDeny, Decide(Request("s3:GetObject", "arn:aws:s3:::HRBucket/Other", policy)));
    }

    [Fact]
    public void ListsOfActionsAndResourcesAreOred()
    {
        var policy = Compiled(Statement(Effect.Allow, ["sqs:SendMessage", "sqs:ReceiveMessage"], ["arn:aws:sqs:*:111122223333:a", "arn:aws:sqs:*:111122223333:b"]));
        Assert.Equal(Decision.Allowed, Decide(Request("sqs:ReceiveMessage", "arn:aws:sqs:us-east-1:111122223333:b", policy)));
        Assert.Equal(Decision.ImplicitDeny, Decide(Request("sqs:DeleteMessage", "arn:aws:sqs:us-east-1:111122223333:b", policy)));
    }
}
