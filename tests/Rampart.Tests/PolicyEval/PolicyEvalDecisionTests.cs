namespace Rampart.Tests.PolicyEval;

/// <summary>Decisions for the IAM User Guide's documented examples, asked through <c>policy eval</c>.</summary>
public class PolicyEvalDecisionTests
{
    private const string Alice = "arn:aws:iam::111122223333:user/alice";

    private static object AllowPolicy(string action, string resource) => new
    {
        Version = "2012-10-17",
        Statement = new[] { new { Effect = "Allow", Action = action, Resource = resource } },
    };

    private static object DenyPolicy(string action, string resource) => new
    {
        Version = "2012-10-17",
        Statement = new[] { new { Effect = "Deny", Action = action, Resource = resource } },
    };

    // "Policy evaluation logic": an identity-based policy that allows is enough within one account.
    [Fact]
    public async Task AnIdentityPolicyAllows()
    {
        var line = await PolicyEvalRunner.RunOneAsync(PolicyEvalRunner.Request(new
        {
            principal = Alice,
            action = "s3:GetObject",
            resource = "arn:aws:s3:::amzn-s3-demo-bucket/report.csv",
            identityPolicies = new[] { AllowPolicy("s3:Get*", "arn:aws:s3:::amzn-s3-demo-bucket/*") },
        }));

        Assert.Equal("Allowed", line.Decision());
        Assert.Equal("Identity", line.DecidedBy());
        var matched = Assert.Single(line.GetProperty("matchedStatements").EnumerateArray());
        Assert.Equal("identityPolicies[0]", matched.GetProperty("policy").GetString());
        Assert.Equal(0, matched.GetProperty("statementIndex").GetInt32());
        Assert.Equal("Allow", matched.GetProperty("effect").GetString());
        Assert.Equal(1, matched.GetProperty("span").GetProperty("startLine").GetInt32());
        Assert.True(line.GetProperty("allowedByIdentityPolicies").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, line.GetProperty("allowedByPermissionsBoundary").ValueKind);
    }

    // "Policy evaluation logic": by default every request is implicitly denied.
    [Fact]
    public async Task NothingAllowsSoTheRequestIsImplicitlyDenied()
    {
        var line = await PolicyEvalRunner.RunOneAsync(PolicyEvalRunner.Request(new
        {
            principal = Alice,
            action = "s3:PutObject",
            resource = "arn:aws:s3:::amzn-s3-demo-bucket/report.csv",
            identityPolicies = new[] { AllowPolicy("s3:Get*", "arn:aws:s3:::amzn-s3-demo-bucket/*") },
        }));

        Assert.Equal("ImplicitDeny", line.Decision());
        Assert.Empty(line.GetProperty("matchedStatements").EnumerateArray());
    }

    // "Policy evaluation logic": an explicit deny in any policy overrides any allow.
    [Fact]
    public async Task AnExplicitDenyOverridesAnAllow()
    {
        var line = await PolicyEvalRunner.RunOneAsync(PolicyEvalRunner.Request(new
        {
            principal = Alice,
            action = "s3:DeleteObject",
            resource = "arn:aws:s3:::amzn-s3-demo-bucket/report.csv",
            identityPolicies = new object[] { AllowPolicy("s3:*", "*"), DenyPolicy("s3:Delete*", "*") },
        }));

        Assert.Equal("ExplicitDeny", line.Decision());
        Assert.Equal("Identity", line.DecidedBy());
        Assert.Contains(line.GetProperty("matchedStatements").EnumerateArray(), m => m.GetProperty("policy").GetString() == "identityPolicies[1]");
    }

    // "Permissions boundaries for IAM entities": the effective permissions are the intersection.
    [Fact]
    public async Task APermissionsBoundaryLimitsTheIdentityPolicy()
    {
        var request = new
        {
            principal = Alice,
            action = "iam:CreateUser",
            resource = "arn:aws:iam::111122223333:user/bob",
            identityPolicies = new[] { AllowPolicy("iam:CreateUser", "*") },
            permissionsBoundary = AllowPolicy("s3:*", "*"),
        };

        var line = await PolicyEvalRunner.RunOneAsync(PolicyEvalRunner.Request(request));

        Assert.Equal("ImplicitDeny", line.Decision());
        Assert.Equal("PermissionsBoundary", line.DecidedBy());
        Assert.False(line.GetProperty("allowedByPermissionsBoundary").GetBoolean());
    }

    // "SCP evaluation": every level from the root down must allow, and a deny at any level wins.
    [Fact]
    public async Task ServiceControlPoliciesFilterEveryLevel()
    {
        var fullAccess = AllowPolicy("*", "*");
        var (_, lines) = await PolicyEvalRunner.RunAsync(
            PolicyEvalRunner.Request(new
            {
                principal = Alice,
                action = "ec2:RunInstances",
                resource = "*",
                identityPolicies = new[] { AllowPolicy("*", "*") },
                scps = new[] { new[] { fullAccess }, new[] { AllowPolicy("s3:*", "*") } },
            }),
            PolicyEvalRunner.Request(new
            {
                principal = Alice,
                action = "ec2:RunInstances",
                resource = "*",
                identityPolicies = new[] { AllowPolicy("*", "*") },
                scps = new[] { new[] { fullAccess }, new[] { fullAccess, DenyPolicy("ec2:*", "*") } },
            }),
            PolicyEvalRunner.Request(new
            {
                principal = Alice,
                action = "s3:ListAllMyBuckets",
                resource = "*",
                identityPolicies = new[] { AllowPolicy("*", "*") },
                scps = new[] { new[] { fullAccess }, new[] { AllowPolicy("s3:*", "*") } },
            }));

        Assert.Equal(("ImplicitDeny", "ServiceControl"), (lines[0].Decision(), lines[0].DecidedBy()));
        Assert.Equal(("ExplicitDeny", "ServiceControl"), (lines[1].Decision(), lines[1].DecidedBy()));
        var deny = Assert.Single(lines[1].GetProperty("matchedStatements").EnumerateArray(), m => m.GetProperty("effect").GetString() == "Deny");
        Assert.Equal(1, deny.GetProperty("level").GetInt32());
        Assert.Equal("scps[1][1]", deny.GetProperty("policy").GetString());
        Assert.Equal("Allowed", lines[2].Decision());
        Assert.True(lines[2].GetProperty("allowedByOrganizations").GetBoolean());
    }

    // "Cross-account policy evaluation logic": the resource policy and the caller's identity policy must both allow.
    [Fact]
    public async Task CrossAccountAccessNeedsBothSides()
    {
        var bucketPolicy = new
        {
            Version = "2012-10-17",
            Statement = new[]
            {
                new { Effect = "Allow", Principal = new { AWS = "arn:aws:iam::444455556666:root" }, Action = "s3:GetObject", Resource = "arn:aws:s3:::shared/*" },
            },
        };
        var (_, lines) = await PolicyEvalRunner.RunAsync(
            PolicyEvalRunner.Request(new
            {
                principal = "arn:aws:iam::444455556666:user/carol",
                action = "s3:GetObject",
                resource = "arn:aws:s3:::shared/a.txt",
                resourceAccount = "111122223333",
                resourcePolicy = bucketPolicy,
            }),
            PolicyEvalRunner.Request(new
            {
                principal = "arn:aws:iam::444455556666:user/carol",
                action = "s3:GetObject",
                resource = "arn:aws:s3:::shared/a.txt",
                resourceAccount = "111122223333",
                resourcePolicy = bucketPolicy,
                identityPolicies = new[] { AllowPolicy("s3:GetObject", "arn:aws:s3:::shared/*") },
            }));

        Assert.Equal("ImplicitDeny", lines[0].Decision());
        Assert.Equal("Allowed", lines[1].Decision());
        Assert.True(lines[1].GetProperty("allowedByResourcePolicy").GetBoolean());
    }

    // "IAM JSON policy elements: Condition": keys the request lacks are reported as missing.
    [Fact]
    public async Task ConditionKeysTheRequestLacksAreReported()
    {
        var mfaPolicy = new
        {
            Version = "2012-10-17",
            Statement = new object[]
            {
                new { Effect = "Allow", Action = "ec2:StopInstances", Resource = "*", Condition = new { Bool = new Dictionary<string, string> { ["aws:MultiFactorAuthPresent"] = "true" } } },
            },
        };
        var (_, lines) = await PolicyEvalRunner.RunAsync(
            PolicyEvalRunner.Request(new { principal = Alice, action = "ec2:StopInstances", resource = "*", identityPolicies = new[] { mfaPolicy } }),
            PolicyEvalRunner.Request(new
            {
                principal = Alice,
                action = "ec2:StopInstances",
                resource = "*",
                identityPolicies = new[] { mfaPolicy },
                context = new Dictionary<string, object> { ["aws:MultiFactorAuthPresent"] = true },
            }));

        Assert.Equal("ImplicitDeny", lines[0].Decision());
        Assert.Equal(["aws:MultiFactorAuthPresent"], lines[0].GetProperty("missingContextValues").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("Allowed", lines[1].Decision());
        Assert.Empty(lines[1].GetProperty("missingContextValues").EnumerateArray());
    }

    // "IAM policy elements: Variables and tags": ${aws:username} is the caller's user name.
    [Fact]
    public async Task PolicyVariablesResolveFromThePrincipal()
    {
        var homeFolder = AllowPolicy("s3:*", "arn:aws:s3:::home/${aws:username}/*");
        var (_, lines) = await PolicyEvalRunner.RunAsync(
            PolicyEvalRunner.Request(new { principal = Alice, action = "s3:PutObject", resource = "arn:aws:s3:::home/alice/notes.txt", identityPolicies = new[] { homeFolder } }),
            PolicyEvalRunner.Request(new { principal = Alice, action = "s3:PutObject", resource = "arn:aws:s3:::home/bob/notes.txt", identityPolicies = new[] { homeFolder } }));

        Assert.Equal("Allowed", lines[0].Decision());
        Assert.Equal("ImplicitDeny", lines[1].Decision());
    }

    // "IAM roles: trust policies": the trust policy itself must allow the caller to assume the role.
    [Fact]
    public async Task ATrustPolicyMustNameTheCaller()
    {
        var trust = new
        {
            Version = "2012-10-17",
            Statement = new[] { new { Effect = "Allow", Principal = new { AWS = Alice }, Action = "sts:AssumeRole" } },
        };
        var (_, lines) = await PolicyEvalRunner.RunAsync(
            PolicyEvalRunner.Request(new
            {
                principal = Alice,
                action = "sts:AssumeRole",
                resource = "arn:aws:iam::111122223333:role/reader",
                resourcePolicyKind = "trust",
                resourcePolicy = trust,
            }),
            PolicyEvalRunner.Request(new
            {
                principal = "arn:aws:iam::111122223333:user/bob",
                action = "sts:AssumeRole",
                resource = "arn:aws:iam::111122223333:role/reader",
                resourcePolicyKind = "trust",
                resourcePolicy = trust,
                identityPolicies = new[] { AllowPolicy("sts:AssumeRole", "*") },
            }));

        Assert.Equal(("Allowed", "Resource"), (lines[0].Decision(), lines[0].DecidedBy()));
        Assert.Equal("ImplicitDeny", lines[1].Decision());
    }

    [Fact]
    public async Task APolicyMayBeGivenAsAStringAndNamed()
    {
        var line = await PolicyEvalRunner.RunOneAsync(PolicyEvalRunner.Request(new
        {
            id = "req-7",
            principal = Alice,
            action = "s3:GetObject",
            resource = "arn:aws:s3:::b/k",
            identityPolicies = new object[]
            {
                new { name = "arn:aws:iam::111122223333:policy/read", document = "{\"Version\":\"2012-10-17\",\n\"Statement\":{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}}" },
            },
        }));

        Assert.Equal("req-7", line.GetProperty("id").GetString());
        Assert.Equal("Allowed", line.Decision());
        var matched = Assert.Single(line.GetProperty("matchedStatements").EnumerateArray());
        Assert.Equal("arn:aws:iam::111122223333:policy/read", matched.GetProperty("policy").GetString());
        Assert.Equal("Read", matched.GetProperty("sid").GetString());
        Assert.Equal(2, matched.GetProperty("span").GetProperty("startLine").GetInt32());
        Assert.Equal(13, matched.GetProperty("span").GetProperty("startColumn").GetInt32());
    }
}
