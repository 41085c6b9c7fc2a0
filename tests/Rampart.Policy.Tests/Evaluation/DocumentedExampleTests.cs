using Rampart.Policy.Parsing;
using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "IAM policy elements: Variables and tags" (home folders), "IAM JSON policy elements: Condition" (MFA) and
// "Example IAM identity-based policies", read through the parser exactly as a user would write them.
public class DocumentedExampleTests
{
    private const string HomeFolders = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Sid": "AllowListingOfUserFolder",
              "Action": ["s3:ListBucket"],
              "Effect": "Allow",
              "Resource": ["arn:aws:s3:::amzn-s3-demo-bucket"],
              "Condition": {"StringLike": {"s3:prefix": ["home/${aws:username}/*"]}}
            },
            {
              "Sid": "AllowAllS3ActionsInUserFolder",
              "Effect": "Allow",
              "Action": ["s3:*"],
              "Resource": ["arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*"]
            }
          ]
        }
        """;

    private static CompiledPolicy Parse(string json, string name = "home-folders") =>
        CompiledPolicy.Compile(PolicyParser.Parse(json, PolicyKind.Identity, name));

    [Fact]
    public void HomeFolderPolicyConfinesEachUserToTheirFolder()
    {
        var policy = Parse(HomeFolders);
        var list = new AuthorizationRequest(User("JohnDoe"), "s3:ListBucket", "arn:aws:s3:::amzn-s3-demo-bucket",
            new RequestContext().Set("s3:prefix", "home/JohnDoe/photos/"), [policy]);
        Assert.Equal(Decision.Allowed, Decide(list));
        Assert.Equal(Decision.ImplicitDeny, Decide(list with { Context = new RequestContext().Set("s3:prefix", "home/Other/") }));
        Assert.Equal(Decision.Allowed, Decide(Request(User("JohnDoe"), "s3:PutObject", "arn:aws:s3:::amzn-s3-demo-bucket/home/JohnDoe/a.txt", policy)));
        Assert.Equal(Decision.ImplicitDeny, Decide(Request(User("JohnDoe"), "s3:PutObject", "arn:aws:s3:::amzn-s3-demo-bucket/home/Jane/a.txt", policy)));
    }

    [Fact]
    public void ExplanationQuotesTheStatementsPositionInTheDocument()
    {
        var explanation = PolicyEvaluator.Explain(Request(User("JohnDoe"), "s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket/home/JohnDoe/a.txt", Parse(HomeFolders)));
        var matched = Assert.Single(explanation.MatchedStatements);
        Assert.Equal(("home-folders", 1, "AllowAllS3ActionsInUserFolder"), (matched.PolicyName, matched.StatementIndex, matched.Sid));
        Assert.Equal(11, matched.Span.StartLine);
        Assert.Equal(16, matched.Span.EndLine);
    }

    [Fact]
    public void MissingVersionMeansVariablesAreLiteral()
    {
        // IAM refuses such identity policies, but a resource policy (an S3 bucket policy) may still be read as 2008-10-17.
        var bucket = CompiledPolicy.Compile(PolicyParser.Parse(
            """{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/${aws:username}"}}""",
            PolicyKind.Resource, "bucket"));
        AuthorizationRequest Get(string resource) =>
            new(User("alice"), "s3:GetObject", resource, new RequestContext(), []) { ResourcePolicy = new(bucket) };
        Assert.Equal(Decision.ImplicitDeny, Decide(Get("arn:aws:s3:::b/alice")));
        Assert.Equal(Decision.Allowed, Decide(Get("arn:aws:s3:::b/${aws:username}")));
    }

    [Fact]
    public void DenyAllExceptListedUnlessSignedInWithMfa()
    {
        // The documented BlockMostAccessUnlessSignedInWithMFA statement.
        var policy = Parse("""
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Sid": "AllowEverything", "Effect": "Allow", "Action": "*", "Resource": "*"},
                {
                  "Sid": "BlockMostAccessUnlessSignedInWithMFA",
                  "Effect": "Deny",
                  "NotAction": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices", "iam:ListUsers", "iam:ListVirtualMFADevices", "iam:ResyncMFADevice"],
                  "Resource": "*",
                  "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}
                }
              ]
            }
            """);
        AuthorizationRequest Call(string action, bool? mfa)
        {
            var context = new RequestContext();
            if (mfa is { } present)
            {
                context.Set("aws:MultiFactorAuthPresent", present);
            }
            return new AuthorizationRequest(User(), action, "*", context, [policy]);
        }
        Assert.Equal(Decision.ExplicitDeny, Decide(Call("ec2:RunInstances", false)));
        Assert.Equal(Decision.ExplicitDeny, Decide(Call("ec2:RunInstances", null)));
        Assert.Equal(Decision.Allowed, Decide(Call("ec2:RunInstances", true)));
        Assert.Equal(Decision.Allowed, Decide(Call("iam:EnableMFADevice", false)));
    }

    [Fact]
    public void ResourcePolicyWithPrincipalsReadThroughTheParser()
    {
        var bucket = CompiledPolicy.Compile(PolicyParser.Parse("""
            {
              "Version": "2012-10-17",
              "Statement": [{
                "Effect": "Allow",
                "Principal": {"AWS": ["arn:aws:iam::111122223333:user/alice", "444455556666"]},
                "Action": "s3:GetObject",
                "Resource": "arn:aws:s3:::shared/*"
              }]
            }
            """, PolicyKind.Resource, "bucket"));
        AuthorizationRequest Get(PrincipalInfo principal, params CompiledPolicy[] identity) =>
            new(principal, "s3:GetObject", "arn:aws:s3:::shared/k", new RequestContext(), identity)
            {
                ResourceAccount = Account,
                ResourcePolicy = new(bucket),
            };
        Assert.Equal(Decision.Allowed, Decide(Get(User("alice"))));
        Assert.Equal(Decision.ImplicitDeny, Decide(Get(User("carol", OtherAccount))));
        Assert.Equal(Decision.Allowed, Decide(Get(User("carol", OtherAccount), Compiled(Allow("s3:GetObject", "*")))));
    }
}
