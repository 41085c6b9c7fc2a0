using Rampart.Policy.Parsing;
using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// An independent review against AWS's documentation, through the parser: each test names its page.
public class DocumentationReviewTests
{
    private static CompiledPolicy Parse(string statements, PolicyKind kind = PolicyKind.Identity, string name = "policy") =>
        CompiledPolicy.Compile(PolicyParser.Parse($$"""{"Version":"2012-10-17","Statement":[{{statements}}]}""", kind, name));

    private static bool Holds(string conditionBlock, RequestContext context, PrincipalInfo? principal = null)
    {
        var policy = Parse($$"""{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{{conditionBlock}}}""");
        return Decide(new AuthorizationRequest(principal ?? User(), "s3:GetObject", "arn:aws:s3:::b/k", context, [policy])) == Decision.Allowed;
    }

    // "IAM JSON policy elements: Condition operators" — Null.
    [Fact]
    public void NullFalseRequiresThePresentKey()
    {
        Assert.True(Holds("""{"Null":{"aws:TokenIssueTime":"false"}}""", new RequestContext().Set("aws:TokenIssueTime", "2024-01-01T00:00:00Z")));
        Assert.False(Holds("""{"Null":{"aws:TokenIssueTime":"false"}}""", new RequestContext()));
        Assert.True(Holds("""{"Null":{"aws:TokenIssueTime":"true"}}""", new RequestContext()));
    }

    // "Condition operators" — String: StringLike matches * and ? anywhere; policy variables ${*} are literal.
    [Fact]
    public void StringLikeWildcardsAndLiteralEscapes()
    {
        Assert.True(Holds("""{"StringLike":{"s3:prefix":"home/?ob/*"}}""", new RequestContext().Set("s3:prefix", "home/bob/docs/a")));
        Assert.False(Holds("""{"StringLike":{"s3:prefix":"home/?ob/*"}}""", new RequestContext().Set("s3:prefix", "home/bbob/x")));
        Assert.True(Holds("""{"StringLike":{"s3:prefix":"a${*}b"}}""", new RequestContext().Set("s3:prefix", "a*b")));
        Assert.False(Holds("""{"StringLike":{"s3:prefix":"a${*}b"}}""", new RequestContext().Set("s3:prefix", "axb")));
        Assert.False(Holds("""{"StringEquals":{"s3:prefix":"home/*"}}""", new RequestContext().Set("s3:prefix", "home/bob")));
    }

    // "Condition operators": keys are case-insensitive, StringEquals values are case-sensitive.
    [Fact]
    public void KeysIgnoreCaseValuesDoNot()
    {
        Assert.True(Holds("""{"StringEquals":{"AWS:PrincipalTag/Team":"Blue"}}""", new RequestContext().Set("aws:principaltag/team", "Blue")));
        Assert.False(Holds("""{"StringEquals":{"aws:PrincipalTag/team":"Blue"}}""", new RequestContext().Set("aws:PrincipalTag/team", "blue")));
        Assert.True(Holds("""{"StringEqualsIgnoreCase":{"aws:PrincipalTag/team":"Blue"}}""", new RequestContext().Set("aws:PrincipalTag/team", "blue")));
    }

    // "Condition operators" — Numeric.
    [Theory]
    [InlineData("NumericEquals", "1.5", "1.50", true)]
    [InlineData("NumericEquals", "10", "10.0", true)]
    [InlineData("NumericLessThanEquals", "10", "10", true)]
    [InlineData("NumericLessThan", "10", "10", false)]
    [InlineData("NumericNotEquals", "10", "11", true)]
    [InlineData("NumericGreaterThan", "10", "abc", false)]
    public void NumericComparisons(string op, string policyValue, string requestValue, bool expected) =>
        Assert.Equal(expected, Holds($$$"""{"{{{op}}}":{"s3:max-keys":"{{{policyValue}}}"}}""", new RequestContext().Set("s3:max-keys", requestValue)));

    // "Condition operators" — Date: ISO 8601 with offsets and epoch seconds compare as instants.
    [Theory]
    [InlineData("DateGreaterThan", "2020-01-01T00:00:00Z", "2020-01-01T00:30:00+01:00", false)]
    [InlineData("DateLessThan", "2020-01-01T00:00:00Z", "2019-12-31T23:30:00-00:00", true)]
    [InlineData("DateEquals", "2020-01-01T00:00:00Z", "1577836800", true)]
    [InlineData("DateGreaterThan", "1577836800", "2020-01-01T00:00:01Z", true)]
    [InlineData("DateLessThan", "2020-01-01", "2019-12-31T23:59:59Z", true)]
    public void DateComparisons(string op, string policyValue, string requestValue, bool expected) =>
        Assert.Equal(expected, Holds($$$"""{"{{{op}}}":{"aws:CurrentTime":"{{{policyValue}}}"}}""", new RequestContext().Set("aws:CurrentTime", requestValue)));

    // "Condition operators" — ARN: non-ARN request values never match ArnLike; ArnNotLike is then true.
    [Fact]
    public void ArnOperatorsOnNonArnValues()
    {
        Assert.False(Holds("""{"ArnLike":{"aws:SourceArn":"arn:aws:sns:*:*:topic"}}""", new RequestContext().Set("aws:SourceArn", "topic")));
        Assert.True(Holds("""{"ArnNotLike":{"aws:SourceArn":"arn:aws:sns:*:*:topic"}}""", new RequestContext().Set("aws:SourceArn", "topic")));
        Assert.True(Holds("""{"ArnLike":{"aws:SourceArn":"arn:aws:s3:::bucket/*"}}""", new RequestContext().Set("aws:SourceArn", "arn:aws:s3:::bucket/a/b")));
        Assert.False(Holds("""{"ArnLike":{"aws:SourceArn":"arn:aws:iam::*:role/x*"}}""", new RequestContext().Set("aws:SourceArn", "arn:aws:iam::111122223333:role/y:x")));
    }

    // "Condition operators" — IfExists on a multivalued key.
    [Fact]
    public void IfExistsOnMultivaluedKey()
    {
        Assert.True(Holds("""{"ForAllValues:StringEqualsIfExists":{"aws:TagKeys":"a"}}""", new RequestContext()));
        Assert.False(Holds("""{"ForAllValues:StringEqualsIfExists":{"aws:TagKeys":"a"}}""", new RequestContext().Set("aws:TagKeys", ["a", "b"])));
        Assert.True(Holds("""{"StringLikeIfExists":{"ec2:InstanceType":["t1.*","t2.*"]}}""", new RequestContext()));
        Assert.False(Holds("""{"StringLikeIfExists":{"ec2:InstanceType":["t1.*","t2.*"]}}""", new RequestContext().Set("ec2:InstanceType", "m5.large")));
    }

    // "Condition operators": a negated operator on a missing key is true; a positive one false.
    [Fact]
    public void MissingKeySemantics()
    {
        Assert.True(Holds("""{"StringNotEquals":{"aws:PrincipalTag/team":"x"}}""", new RequestContext()));
        Assert.True(Holds("""{"NotIpAddress":{"aws:SourceIp":"203.0.113.0/24"}}""", new RequestContext()));
        Assert.False(Holds("""{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}""", new RequestContext()));
        Assert.True(Holds("""{"ArnNotEquals":{"aws:SourceArn":"arn:aws:s3:::b"}}""", new RequestContext()));
        Assert.False(Holds("""{"Bool":{"aws:MultiFactorAuthPresent":"false"}}""", new RequestContext()));
        Assert.True(Holds("""{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}""", new RequestContext()));
    }

    // "Policy variables": aws:PrincipalTag with a default; the default applies only when the key is missing.
    [Fact]
    public void PrincipalTagVariableWithDefault()
    {
        var condition = """{"StringEquals":{"s3:prefix":"${aws:PrincipalTag/team, 'none'}"}}""";
        Assert.True(Holds(condition, new RequestContext().Set("s3:prefix", "none")));
        Assert.True(Holds(condition, new RequestContext().Set("s3:prefix", "blue").Set("aws:PrincipalTag/team", "blue")));
        Assert.False(Holds(condition, new RequestContext().Set("s3:prefix", "none").Set("aws:PrincipalTag/team", "blue")));
    }

    // "Policy variables": aws:username in Resource; the variable has no value for a role session.
    [Fact]
    public void UsernameVariableInResource()
    {
        var policy = Parse("""{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::bucket/home/${aws:username}/*"}""");
        Assert.Equal(Decision.Allowed, Decide(Request(User("bob"), "s3:GetObject", "arn:aws:s3:::bucket/home/bob/x", policy)));
        Assert.Equal(Decision.ImplicitDeny, Decide(Request(User("bob"), "s3:GetObject", "arn:aws:s3:::bucket/home/alice/x", policy)));
        Assert.Equal(Decision.ImplicitDeny, Decide(Request(RoleSession(), "s3:GetObject", "arn:aws:s3:::bucket/home//x", policy)));
    }

    // "IAM JSON policy elements: Principal": "*" and {"AWS":"*"} both grant everyone, anonymous callers included.
    [Theory]
    [InlineData("\"*\"")]
    [InlineData("{\"AWS\":\"*\"}")]
    public void EveryonePrincipalAllowsAnonymous(string principal)
    {
        var bucket = Parse($$"""{"Effect":"Allow","Principal":{{principal}},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}""", PolicyKind.Resource);
        var request = new AuthorizationRequest(PrincipalInfo.Anonymous, "s3:GetObject", "arn:aws:s3:::b/k", new RequestContext(), [])
        {
            ResourceAccount = Account,
            ResourcePolicy = new ResourceBasedPolicy(bucket),
        };
        Assert.Equal(Decision.Allowed, Decide(request));
        // Cross-account, an IAM caller also needs its own identity policy to allow.
        Assert.Equal(Decision.ImplicitDeny, Decide(request with { Principal = User("x", OtherAccount) }));
    }

    // "Cross-account policy evaluation logic": both sides must allow.
    [Fact]
    public void CrossAccountNeedsBothSides()
    {
        var bucket = Parse($$"""{"Effect":"Allow","Principal":{"AWS":"{{OtherAccount}}"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}""", PolicyKind.Resource);
        var identity = Parse("""{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}""");
        var caller = User("bob", OtherAccount);
        var both = new AuthorizationRequest(caller, "s3:GetObject", "arn:aws:s3:::b/k", new RequestContext(), [identity])
        {
            ResourceAccount = Account,
            ResourcePolicy = new ResourceBasedPolicy(bucket),
        };
        Assert.Equal(Decision.Allowed, Decide(both));
        Assert.Equal(Decision.ImplicitDeny, Decide(both with { IdentityPolicies = [] }));
        Assert.Equal(Decision.ImplicitDeny, Decide(both with { ResourcePolicy = null }));
    }

    // "Service control policies": SCPs limit the member account's root user.
    [Fact]
    public void ScpDeniesTheRootUser()
    {
        var fullAccess = Parse("""{"Effect":"Allow","Action":"*","Resource":"*"}""", PolicyKind.ServiceControl);
        var deny = Parse("""{"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}""", PolicyKind.ServiceControl);
        var request = Request(Root(), "s3:DeleteBucket", "arn:aws:s3:::b") with { ServiceControlPolicies = [[fullAccess], [fullAccess, deny]] };
        Assert.Equal(new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.ServiceControl), PolicyEvaluator.Evaluate(request));
        Assert.Equal(Decision.Allowed, Decide(request with { Action = "s3:GetObject" }));
    }

    // "Resource control policies": with RCPFullAWSAccess at every level, only RCP denies matter.
    [Fact]
    public void RcpWithFullAccessOnlyDenies()
    {
        var full = Parse("""{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}""", PolicyKind.ResourceControl);
        var deny = Parse("""{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"BoolIfExists":{"aws:SecureTransport":"false"}}}""", PolicyKind.ResourceControl);
        var identity = Parse("""{"Effect":"Allow","Action":"s3:*","Resource":"*"}""");
        var request = Request(User(), "s3:GetObject", "arn:aws:s3:::b/k", identity) with { ResourceControlPolicies = [[full, deny]] };
        Assert.Equal(Decision.ExplicitDeny, Decide(request));
        Assert.Equal(Decision.Allowed, Decide(request with { Context = new RequestContext().Set("aws:SecureTransport", true) }));
        Assert.Equal(Decision.ImplicitDeny, Decide(request with { Context = new RequestContext().Set("aws:SecureTransport", true), IdentityPolicies = [] }));
    }

    // "Service control policies (SCPs)": SCPs don't affect service-linked roles, and they limit only the IAM
    // principals of member accounts, not services or anonymous callers named by a resource policy.
    [Fact]
    public void ScpsDoNotLimitServiceLinkedRolesOrNonIamCallers()
    {
        var denyAll = Parse("""{"Effect":"Deny","Action":"*","Resource":"*"}""", PolicyKind.ServiceControl);
        var identity = Parse("""{"Effect":"Allow","Action":"s3:*","Resource":"*"}""");
        var linked = PrincipalInfo.FromArn($"arn:aws:sts::{Account}:assumed-role/AWSServiceRoleForSupport/support");
        var linkedWithPath = RoleSession("AWSServiceRoleForSupport") with { RoleArn = $"arn:aws:iam::{Account}:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport" };
        Assert.Equal(Decision.Allowed, Decide(Request(linked, "s3:GetObject", "arn:aws:s3:::b/k", identity) with { ServiceControlPolicies = [[denyAll]] }));
        Assert.Equal(Decision.Allowed, Decide(Request(linkedWithPath, "s3:GetObject", "arn:aws:s3:::b/k", identity) with { ServiceControlPolicies = [[denyAll]] }));
        Assert.Equal(Decision.ExplicitDeny, Decide(Request(RoleSession(), "s3:GetObject", "arn:aws:s3:::b/k", identity) with { ServiceControlPolicies = [[denyAll]] }));

        var bucket = Parse("""{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject","Resource":"*"}""", PolicyKind.Resource);
        var service = new AuthorizationRequest(PrincipalInfo.FromArn("cloudtrail.amazonaws.com"), "s3:PutObject", "arn:aws:s3:::b/k", new RequestContext(), [])
        {
            ResourceAccount = Account,
            ResourcePolicy = new ResourceBasedPolicy(bucket),
            ServiceControlPolicies = [[denyAll]],
        };
        Assert.Equal(Decision.Allowed, Decide(service));
        Assert.Null(PolicyEvaluator.Explain(service).AllowedByOrganizations);
    }

    // "Condition operators": values may be JSON numbers and booleans, which compare as their text.
    [Fact]
    public void JsonNumberAndBooleanConditionValues()
    {
        Assert.True(Holds("""{"NumericLessThanEquals":{"s3:max-keys":10}}""", new RequestContext().Set("s3:max-keys", 10)));
        Assert.False(Holds("""{"NumericLessThanEquals":{"s3:max-keys":10}}""", new RequestContext().Set("s3:max-keys", 11)));
        Assert.True(Holds("""{"Bool":{"aws:SecureTransport":true}}""", new RequestContext().Set("aws:SecureTransport", true)));
        Assert.True(Holds("""{"StringEquals":{"aws:PrincipalTag/level":5}}""", new RequestContext().Set("aws:PrincipalTag/level", "5")));
    }

    // "Condition operators" — IP address: IPv4 and IPv6 CIDRs in one condition.
    [Fact]
    public void IpAddressIPv4AndIPv6()
    {
        var condition = """{"IpAddress":{"aws:SourceIp":["203.0.113.0/24","2001:DB8:1234:5678::/64"]}}""";
        Assert.True(Holds(condition, new RequestContext().Set("aws:SourceIp", "2001:db8:1234:5678::1")));
        Assert.True(Holds(condition, new RequestContext().Set("aws:SourceIp", "203.0.113.255")));
        Assert.False(Holds(condition, new RequestContext().Set("aws:SourceIp", "2001:db8:1234:5679::1")));
    }

    // "AWS KMS key policies": the default key policy delegates to IAM; a key policy naming the caller needs no IAM policy.
    [Fact]
    public void KeyPolicyDefaultDelegatesToIam()
    {
        var keyArn = $"arn:aws:kms:us-east-1:{Account}:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        var defaultPolicy = Parse($$"""{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Account}}:root"},"Action":"kms:*","Resource":"*"}""", PolicyKind.KeyPolicy);
        var identity = Parse("""{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*"}""");
        var request = new AuthorizationRequest(User(), "kms:Decrypt", keyArn, new RequestContext(), [identity])
        {
            ResourceAccount = Account,
            ResourcePolicy = new ResourceBasedPolicy(defaultPolicy, MustGrantAccess: true),
        };
        Assert.Equal(Decision.Allowed, Decide(request));
        Assert.Equal(Decision.ImplicitDeny, Decide(request with { IdentityPolicies = [] }));
        Assert.Equal(Decision.Allowed, Decide(request with { Principal = Root(), IdentityPolicies = [] }));

        var namesAlice = Parse($$"""{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Account}}:user/alice"},"Action":"kms:Decrypt","Resource":"*"}""", PolicyKind.KeyPolicy);
        var direct = request with { IdentityPolicies = [], ResourcePolicy = new ResourceBasedPolicy(namesAlice, MustGrantAccess: true) };
        Assert.Equal(Decision.Allowed, Decide(direct));
        // The key policy does not name the account, so neither an IAM policy nor the root user gets in.
        Assert.Equal(Decision.ImplicitDeny, Decide(direct with { IdentityPolicies = [identity], Principal = User("bob") }));
        Assert.Equal(Decision.ImplicitDeny, Decide(direct with { Principal = Root() }));
    }

    // "IAM JSON policy elements: NotPrincipal": Deny with NotPrincipal exempts a role session only when the account,
    // the role and the session are all listed.
    [Fact]
    public void NotPrincipalDenyExemptsOnlyFullyListedSessions()
    {
        var bucket = Parse($$"""
            {"Effect":"Deny","NotPrincipal":{"AWS":["arn:aws:iam::{{OtherAccount}}:role/reader","arn:aws:sts::{{OtherAccount}}:assumed-role/reader/s1","arn:aws:iam::{{OtherAccount}}:root"]},"Action":"s3:*","Resource":"*"},
            {"Effect":"Allow","Principal":{"AWS":"{{OtherAccount}}"},"Action":"s3:GetObject","Resource":"*"}
            """, PolicyKind.Resource);
        var identity = Parse("""{"Effect":"Allow","Action":"s3:*","Resource":"*"}""");
        AuthorizationRequest As(PrincipalInfo principal) => new(principal, "s3:GetObject", "arn:aws:s3:::b/k", new RequestContext(), [identity])
        {
            ResourceAccount = Account,
            ResourcePolicy = new ResourceBasedPolicy(bucket),
        };
        Assert.Equal(Decision.Allowed, Decide(As(RoleSession("reader", "s1", OtherAccount))));
        Assert.Equal(Decision.ExplicitDeny, Decide(As(RoleSession("reader", "s2", OtherAccount))));
        Assert.Equal(Decision.ExplicitDeny, Decide(As(User("bob", OtherAccount))));
        Assert.Equal(Decision.ExplicitDeny, Decide(As(RoleSession("reader", "s1", OtherAccount)) with { PermissionsBoundary = identity }));
    }

    // "Cross-account policy evaluation logic" and "How IAM roles differ from resource-based policies": a trust policy
    // naming another account delegates to that account's identity policies.
    [Fact]
    public void RoleTrustPolicyNamingAnotherAccountNeedsThatAccountsIdentityPolicy()
    {
        var trust = Parse($$"""{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{OtherAccount}}:root"},"Action":"sts:AssumeRole"}""", PolicyKind.Trust);
        var assume = Parse("""{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}""");
        var request = new AuthorizationRequest(User("bob", OtherAccount), "sts:AssumeRole", $"arn:aws:iam::{Account}:role/target", new RequestContext(), [assume])
        {
            ResourceAccount = Account,
            ResourcePolicy = new ResourceBasedPolicy(trust, MustGrantAccess: true),
        };
        Assert.Equal(Decision.Allowed, Decide(request));
        Assert.Equal(Decision.ImplicitDeny, Decide(request with { IdentityPolicies = [] }));
        Assert.Equal(Decision.ImplicitDeny, Decide(request with { Principal = User("bob", "999988887777") }));
    }

    // "Resource control policies (RCPs)": they limit root users too, but never service-linked roles or kms:RetireGrant.
    [Fact]
    public void RcpsDoNotLimitServiceLinkedRolesOrRetireGrant()
    {
        var denyAll = Parse("""{"Effect":"Deny","Principal":"*","Action":"*","Resource":"*"}""", PolicyKind.ResourceControl);
        var identity = Parse("""{"Effect":"Allow","Action":"*","Resource":"*"}""");
        var linked = PrincipalInfo.FromArn($"arn:aws:sts::{Account}:assumed-role/AWSServiceRoleForSupport/support");
        var request = Request(linked, "s3:GetObject", "arn:aws:s3:::b/k", identity) with { ResourceControlPolicies = [[denyAll]] };
        Assert.Equal(Decision.Allowed, Decide(request));
        Assert.Null(PolicyEvaluator.Explain(request).AllowedByResourceControlPolicies);
        Assert.Equal(Decision.ExplicitDeny, Decide(request with { Principal = Root() }));
        Assert.Equal(Decision.Allowed, Decide(request with { Principal = User(), Action = "kms:RetireGrant" }));
        Assert.Equal(Decision.ExplicitDeny, Decide(request with { Principal = User(), Action = "kms:RevokeGrant" }));
    }

    // "Policy variables" — principal key values: aws:userid is "anonymous" for anonymous callers and
    // "account:caller-specified-name" for federated users; aws:username is present only for IAM users.
    [Fact]
    public void PrincipalKeyValues()
    {
        var bucket = Parse("""{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:userid":"anonymous","aws:PrincipalType":"Anonymous"}}}""", PolicyKind.Resource);
        var anonymous = new AuthorizationRequest(PrincipalInfo.Anonymous, "s3:GetObject", "arn:aws:s3:::b/k", new RequestContext(), [])
        {
            ResourceAccount = Account,
            ResourcePolicy = new ResourceBasedPolicy(bucket),
        };
        Assert.Equal(Decision.Allowed, Decide(anonymous));
        Assert.True(Holds("""{"StringEquals":{"aws:userid":"111122223333:bob","aws:PrincipalType":"FederatedUser"}}""", new RequestContext(),
            PrincipalInfo.FromArn($"arn:aws:sts::{Account}:federated-user/bob")));
        Assert.True(Holds("""{"StringEquals":{"aws:userid":"111122223333","aws:PrincipalType":"Account"},"Null":{"aws:username":"true"}}""", new RequestContext(), Root()));
    }

    // "Policy variables" — no value: a Deny with StringNotEquals against an unset principal tag applies.
    [Fact]
    public void NegatedOperatorMatchesAVariableWithNoValue()
    {
        var policy = Parse("""
            {"Effect":"Allow","Action":"s3:GetObject","Resource":"*"},
            {"Effect":"Deny","Action":"s3:GetObject","Resource":"arn:aws:s3:::amzn-s3-demo-bucket/*","Condition":{"StringNotEquals":{"s3:ExistingObjectTag/Team":"${aws:PrincipalTag/Team}"}}}
            """);
        var request = new AuthorizationRequest(User(), "s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket/k", new RequestContext().Set("s3:ExistingObjectTag/Team", "blue"), [policy]);
        Assert.Equal(Decision.ExplicitDeny, Decide(request));
        Assert.Equal(Decision.Allowed, Decide(request with { Context = new RequestContext().Set("s3:ExistingObjectTag/Team", "blue").Set("aws:PrincipalTag/team", "blue") }));
    }

    // "Policy variables" — default values in Resource, and a Resource or NotResource with a variable with no value
    // matches no resource.
    [Fact]
    public void DefaultValueAndNoValueInResourceElements()
    {
        var teamBucket = Parse("""{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::amzn-s3-demo-bucket-${aws:PrincipalTag/team, 'company-wide'}"}""");
        var request = Request("s3:ListBucket", "arn:aws:s3:::amzn-s3-demo-bucket-company-wide", teamBucket);
        Assert.Equal(Decision.Allowed, Decide(request));
        Assert.Equal(Decision.ImplicitDeny, Decide(request with { Context = new RequestContext().Set("aws:PrincipalTag/team", "yellow") }));
        Assert.Equal(Decision.Allowed, Decide(request with { Resource = "arn:aws:s3:::amzn-s3-demo-bucket-yellow", Context = new RequestContext().Set("aws:PrincipalTag/team", "yellow") }));

        var notResource = Parse("""{"Effect":"Allow","Action":"s3:*","NotResource":"arn:aws:s3:::home/${aws:username}/*"}""");
        Assert.Equal(Decision.Allowed, Decide(Request(RoleSession(), "s3:GetObject", "arn:aws:s3:::home/alice/k", notResource)));
        Assert.Equal(Decision.ImplicitDeny, Decide(Request(User("alice"), "s3:GetObject", "arn:aws:s3:::home/alice/k", notResource)));
    }

    // "Condition with multiple context keys or values": AND across operators and keys, OR across values, NOR across
    // the values of a negated operator — the documented tables, row by row.
    [Theory]
    [InlineData("ArnLike", "legal", "audit", "Mary", true)]
    [InlineData("ArnLike", "hr", "audit", "Nikki", false)]
    [InlineData("ArnLike", "hr", "payroll", "Mary", false)]
    [InlineData("ArnLike", "hr", null, "Mary", false)]
    [InlineData("ArnLike", null, null, "Mary", false)]
    [InlineData("ArnNotLike", "legal", "audit", "Nikki", true)]
    [InlineData("ArnNotLike", "hr", "audit", "Mary", false)]
    [InlineData("ArnNotLike", "hr", "payroll", "Nikki", false)]
    [InlineData("ArnNotLike", "hr", null, "Nikki", false)]
    [InlineData("ArnNotLike", null, null, "Nikki", false)]
    public void MultipleKeysAndValuesTables(string arnOperator, string? department, string? role, string user, bool expected)
    {
        var condition = $$$"""
            {"StringEquals":{"aws:PrincipalTag/department":["finance","hr","legal"],"aws:PrincipalTag/role":["audit","security"]},
             "{{{arnOperator}}}":{"aws:PrincipalArn":["arn:aws:iam::222222222222:user/Ana","arn:aws:iam::222222222222:user/Mary"]}}
            """;
        var context = new RequestContext();
        if (department is not null)
        {
            context.Set("aws:PrincipalTag/department", department);
        }
        if (role is not null)
        {
            context.Set("aws:PrincipalTag/role", role);
        }
        Assert.Equal(expected, Holds(condition, context, User(user, "222222222222")));
    }

    // "IAM JSON policy elements: Resource" — the documented wildcard expansion example.
    [Theory]
    [InlineData("amzn-s3-demo-bucket/1///test///object.jpg", true)]
    [InlineData("amzn-s3-demo-bucket//test/object.jpg", true)]
    [InlineData("amzn-s3-demo-bucket/1/test/", true)]
    [InlineData("amzn-s3-demo-bucket/1-test/object.jpg", false)]
    [InlineData("amzn-s3-demo-bucket/test/object.jpg", false)]
    [InlineData("amzn-s3-demo-bucket/1/2/test.jpg", false)]
    public void ResourceWildcardExpansionExample(string resource, bool expected)
    {
        var policy = Parse("""{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::amzn-s3-demo-bucket/*/test/*"}""");
        Assert.Equal(expected, Decide(Request("s3:GetObject", "arn:aws:s3:::" + resource, policy)) == Decision.Allowed);
    }

    // "IAM JSON policy elements: Principal" — OIDC principals: a trust policy names the identity provider under
    // "Federated", by OIDC provider ARN or (Cognito, Google, Facebook, Login with Amazon) by name.
    [Theory]
    [InlineData("arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com")]
    [InlineData("cognito-identity.amazonaws.com")]
    [InlineData("accounts.google.com")]
    public void WebIdentityTrust(string provider)
    {
        var trust = Parse($$"""{"Effect":"Allow","Principal":{"Federated":"{{provider}}"},"Action":"sts:AssumeRoleWithWebIdentity"}""", PolicyKind.Trust);
        var caller = PrincipalInfo.FromArn(provider);
        Assert.Equal(PrincipalType.WebIdentity, caller.Type);
        var request = new AuthorizationRequest(caller, "sts:AssumeRoleWithWebIdentity", $"arn:aws:iam::{Account}:role/ci", new RequestContext(), [])
        {
            ResourceAccount = Account,
            ResourcePolicy = new ResourceBasedPolicy(trust, MustGrantAccess: true),
        };
        Assert.Equal(Decision.Allowed, Decide(request));
        Assert.Equal(Decision.ImplicitDeny, Decide(request with { Principal = PrincipalInfo.FromArn("graph.facebook.com") }));
    }

    // "IAM JSON policy elements: Resource": wildcards stay within their ARN part, except a "*" that ends its part,
    // which may run on past the colons; in the resource part they match anything, colons included.
    [Theory]
    [InlineData("arn:aws:sqs:us-east-?:*:q", "arn:aws:sqs:us-east-1:111122223333:q", true)]
    [InlineData("arn:aws:sqs:us-east-?:*:q", "arn:aws:sqs:us-east:1:111122223333:q", false)]
    [InlineData("arn:aws:sqs:us-*-1:*:q", "arn:aws:sqs:us-west-1:111122223333:q", true)]
    [InlineData("arn:aws:sqs:us-*-1:*:q", "arn:aws:sqs:us:x-1:111122223333:q", false)]
    [InlineData("arn:aws:sqs:us-*:q", "arn:aws:sqs:us-east-1:111122223333:q", true)]
    [InlineData("arn:aws:sqs:*", "arn:aws:sqs:us-east-1:111122223333:q", true)]
    [InlineData("arn:aws:logs:*:*:log-group:/aws/*:log-stream:?", "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/a:b:log-stream:x", true)]
    [InlineData("arn:aws:s3:::b?c", "arn:aws:s3:::b:c", true)]
    [InlineData("arn:aws:sqs:us-east-1:1111*3333:q", "arn:aws:sqs:us-east-1:1111:3333:q", false)]
    public void ResourceWildcardsStayInTheirArnPart(string pattern, string resource, bool expected)
    {
        var policy = Parse($$"""{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"{{pattern}}"}""");
        Assert.Equal(expected, Decide(Request("sqs:SendMessage", resource, policy)) == Decision.Allowed);
        var templated = Parse($$"""{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"{{pattern}}${aws:username}"}""");
        Assert.Equal(expected, Decide(Request(User(""), "sqs:SendMessage", resource, templated)) == Decision.Allowed);
    }
}
