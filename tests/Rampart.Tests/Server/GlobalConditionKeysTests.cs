using System.Globalization;
using Rampart.Authorization;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Policy;

namespace Rampart.Tests.Server;

public sealed class GlobalConditionKeysTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-01-02T03:04:05Z", CultureInfo.InvariantCulture);

    [Fact]
    public void Fills_the_request_keys_and_leaves_session_keys_out_for_long_term_keys()
    {
        var context = GlobalConditionKeys.Build(Call(Principal.Root("123456789012", "AKIAEXAMPLE")), NoAccess(), null);

        Assert.Equal("10.1.2.3", Single(context, "aws:SourceIp"));
        Assert.Equal("2026-01-02T03:04:05Z", Single(context, "aws:CurrentTime"));
        Assert.Equal("1767323045", Single(context, "aws:EpochTime"));
        Assert.Equal("true", Single(context, "aws:SecureTransport"));
        Assert.Equal("eu-west-1", Single(context, "aws:RequestedRegion"));
        Assert.False(context.ContainsKey("aws:MultiFactorAuthPresent"));
        Assert.False(context.ContainsKey("aws:TokenIssueTime"));
        Assert.False(context.ContainsKey("aws:TagKeys"));
    }

    [Fact]
    public void Sessions_carry_token_and_mfa_keys()
    {
        var session = new Principal(PrincipalType.AssumedRole, "arn:aws:sts::123456789012:assumed-role/Ops/s1", "123456789012",
            "AROAEXAMPLE:s1", null, new Dictionary<string, string> { ["team"] = "blue" }, "ASIAEXAMPLE",
            new SessionFacts(Now.AddMinutes(-30), Now.AddMinutes(-10), "arn:aws:iam::123456789012:role/ops/Ops"));

        var context = GlobalConditionKeys.Build(Call(session), NoAccess(), null);

        Assert.Equal("true", Single(context, "aws:MultiFactorAuthPresent"));
        Assert.Equal("600", Single(context, "aws:MultiFactorAuthAge"));
        Assert.Equal("2026-01-02T02:34:05Z", Single(context, "aws:TokenIssueTime"));
        Assert.Equal("blue", Single(context, "aws:PrincipalTag/team"));
    }

    [Fact]
    public void Request_tags_resource_tags_and_operation_keys_are_added()
    {
        var access = new AccessRequirement("iam:TagUser", ["arn:aws:iam::123456789012:user/bob"],
            new Dictionary<string, ContextValue> { ["iam:PolicyARN"] = ContextValue.Single("arn:aws:iam::aws:policy/ReadOnlyAccess") },
            new Dictionary<string, string> { ["env"] = "prod", ["cost"] = "42" }, ReadOnly: false, AuthorizationRequired: true);

        var context = GlobalConditionKeys.Build(Call(Principal.Root("123456789012", null)), access,
            new Dictionary<string, string> { ["owner"] = "bob" });

        Assert.Equal("prod", Single(context, "aws:RequestTag/env"));
        Assert.True(context.TryGetValue("aws:TagKeys", out var keys));
        Assert.True(keys.IsMultivalued);
        Assert.Equal(2, keys.Count);
        Assert.Equal("bob", Single(context, "aws:ResourceTag/owner"));
        Assert.Equal("arn:aws:iam::aws:policy/ReadOnlyAccess", Single(context, "iam:PolicyARN"));
    }

    private static string? Single(RequestContext context, string key) =>
        context.TryGetValue(key, out var value) ? value.SingleValue : null;

    private static CallContext Call(Principal caller) => new(caller, "eu-west-1", "req-1", Now, "10.1.2.3", "test", SecureTransport: true);

    private static AccessRequirement NoAccess() =>
        new("sts:GetCallerIdentity", ["*"], new Dictionary<string, ContextValue>(), new Dictionary<string, string>(), true, false);
}
