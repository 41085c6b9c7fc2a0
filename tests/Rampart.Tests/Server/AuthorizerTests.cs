using Rampart.Authorization;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Protocol;
using Rampart.Protocol.Models;

namespace Rampart.Tests.Server;

/// <summary>The enforcement point: the declaration's action and resources, the caller's policies, resource tags,
/// and AWS's AccessDenied wording.</summary>
public sealed class AuthorizerTests
{
    private static readonly Principal Alice = new(
        PrincipalType.User, "arn:aws:iam::123456789012:user/alice", "123456789012", "AIDAEXAMPLEALICE00001", "alice",
        new Dictionary<string, string> { ["team"] = "blue" }, "AKIAEXAMPLEALICE0001", null);

    [Fact]
    public async Task An_action_no_policy_allows_is_denied_with_aws_wording()
    {
        var authorizer = Authorizer(Policies());

        var error = await Assert.ThrowsAsync<AwsException>(() =>
            authorizer.AuthorizeAsync(Call(Alice), Access("iam:CreateUser", "arn:aws:iam::123456789012:user/bob"), ProtocolKind.Query, default).AsTask());

        Assert.Equal("AccessDenied", error.Error.Code);
        Assert.Equal(403, error.Error.StatusCode);
        Assert.Equal(
            "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:CreateUser on resource: " +
            "arn:aws:iam::123456789012:user/bob because no identity-based policy allows the iam:CreateUser action",
            error.Error.Message);
    }

    [Fact]
    public async Task Json_protocols_get_AccessDeniedException_and_an_explicit_deny_says_so()
    {
        var authorizer = Authorizer(Policies(
            """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"kms:*","Resource":"*"}}""",
            """{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"kms:Decrypt","Resource":"*"}}"""));

        var error = await Assert.ThrowsAsync<AwsException>(() =>
            authorizer.AuthorizeAsync(Call(Alice), Access("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/k1"), ProtocolKind.Json, default).AsTask());

        Assert.Equal("AccessDeniedException", error.Error.Code);
        Assert.EndsWith("on resource: arn:aws:kms:us-east-1:123456789012:key/k1 with an explicit deny in an identity-based policy", error.Error.Message);
    }

    [Fact]
    public async Task Allowed_calls_return_and_global_keys_reach_the_conditions()
    {
        var authorizer = Authorizer(Policies("""
            {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"iam:GetUser","Resource":"*",
              "Condition":{"StringEquals":{"aws:PrincipalTag/team":"blue","aws:RequestedRegion":"eu-west-1","aws:username":"alice"},
                           "Bool":{"aws:SecureTransport":"false"},"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}}
            """));

        await authorizer.AuthorizeAsync(Call(Alice), Access("iam:GetUser", "arn:aws:iam::123456789012:user/alice"), ProtocolKind.Query, default);
    }

    [Fact]
    public async Task Resource_tags_come_from_the_service_lookup()
    {
        var policies = Policies("""
            {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*",
              "Condition":{"StringEquals":{"aws:ResourceTag/team":"${aws:PrincipalTag/team}"}}}}
            """);
        var authorizer = new Authorizer([policies], [new TaggedKeys()]);

        await authorizer.AuthorizeAsync(Call(Alice), Access("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/blue"), ProtocolKind.Json, default);
        await Assert.ThrowsAsync<AwsException>(() =>
            authorizer.AuthorizeAsync(Call(Alice), Access("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/red"), ProtocolKind.Json, default).AsTask());
    }

    [Fact]
    public async Task Every_resource_of_a_call_must_be_allowed()
    {
        var authorizer = Authorizer(Policies("""
            {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"iam:AttachUserPolicy","Resource":"arn:aws:iam::123456789012:user/*"}}
            """));
        var access = Access("iam:AttachUserPolicy", "arn:aws:iam::123456789012:user/alice", "arn:aws:iam::123456789012:policy/Admin");

        var error = await Assert.ThrowsAsync<AwsException>(() =>
            authorizer.AuthorizeAsync(Call(Alice), access, ProtocolKind.Query, default).AsTask());

        Assert.Contains("on resource: arn:aws:iam::123456789012:policy/Admin because", error.Error.Message);
    }

    [Fact]
    public async Task The_root_user_needs_no_policy_in_its_own_account()
    {
        var authorizer = Authorizer(Policies());

        await authorizer.AuthorizeAsync(Call(Principal.Root("123456789012", "AKIAEXAMPLEROOT00001")),
            Access("iam:CreateUser", "arn:aws:iam::123456789012:user/bob"), ProtocolKind.Query, default);
    }

    [Fact]
    public async Task Caller_keys_from_policy_sources_reach_the_conditions()
    {
        var policies = Policies("""
            {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*",
              "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}}}
            """);
        var inOrganization = new InOrganization("o-abc123");

        await new Authorizer([policies, inOrganization], []).AuthorizeAsync(
            Call(Alice), Access("s3:GetObject", "arn:aws:s3:::bucket/key"), ProtocolKind.RestJson, default);
        await Assert.ThrowsAsync<AwsException>(() => new Authorizer([policies, new InOrganization("o-other")], []).AuthorizeAsync(
            Call(Alice), Access("s3:GetObject", "arn:aws:s3:::bucket/key"), ProtocolKind.RestJson, default).AsTask());
    }

    private static Authorizer Authorizer(IPrincipalPolicySource policies) => new([policies], []);

    private static FixedPolicies Policies(params string[] documents) =>
        new([.. documents.Select((text, index) => CompiledPolicy.Compile(PolicyParser.Parse(text, PolicyKind.Identity, $"policy{index}")))]);

    private static CallContext Call(Principal caller) =>
        new(caller, "eu-west-1", "req-1", DateTimeOffset.Parse("2026-01-02T03:04:05Z", System.Globalization.CultureInfo.InvariantCulture),
            "10.1.2.3", "test", SecureTransport: false);

    private static AccessRequirement Access(string action, params string[] resources) =>
        new(action, resources, new Dictionary<string, ContextValue>(), new Dictionary<string, string>(), ReadOnly: false, AuthorizationRequired: true);

    private sealed class FixedPolicies(IReadOnlyList<CompiledPolicy> identity) : IPrincipalPolicySource
    {
        public ValueTask<PrincipalPolicies> AddPoliciesAsync(Principal caller, PrincipalPolicies found, CancellationToken cancellationToken) =>
            ValueTask.FromResult(caller.Type == PrincipalType.Root ? found : found with { Identity = identity });
    }

    private sealed class InOrganization(string organizationId) : IPrincipalPolicySource
    {
        public ValueTask<PrincipalPolicies> AddPoliciesAsync(Principal caller, PrincipalPolicies found, CancellationToken cancellationToken) =>
            ValueTask.FromResult(found with
            {
                CallerKeys = new Dictionary<string, ContextValue> { ["aws:PrincipalOrgID"] = ContextValue.Single(organizationId) },
            });
    }

    private sealed class TaggedKeys : IResourceLookup
    {
        public string ArnService => "kms";

        public ValueTask<ResourceFacts?> FindAsync(string arn, CancellationToken cancellationToken) =>
            ValueTask.FromResult<ResourceFacts?>(new ResourceFacts("123456789012",
                new Dictionary<string, string> { ["team"] = arn[(arn.LastIndexOf('/') + 1)..] }, null));
    }
}
