using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Sts;

/// <summary>STS temporary credentials through the real aws CLI: roles assumed by users, what their sessions may do,
/// and the ways AssumeRole refuses.</summary>
public sealed class AssumeRoleEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Root => new(fixture.Server);

    private static string Allow(string action, string resource = "*") =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"{{action}}","Resource":"{{resource}}"}]}""";

    private static string Trust(string principalArn, string? condition = null) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{principalArn}}"},"Action":"sts:AssumeRole"{{(condition is null ? "" : ",\"Condition\":" + condition)}}}]}""";

    private async Task<(AwsCli Cli, string Arn, string Account)> UserAsync(string name, string? policy = null)
    {
        var arn = (await Root.OkAsync("iam", "create-user", "--user-name", name)).GetProperty("User").GetProperty("Arn").GetString()!;
        if (policy is not null)
        {
            await Root.OkAsync("iam", "put-user-policy", "--user-name", name, "--policy-name", "own", "--policy-document", policy);
        }
        var key = (await Root.OkAsync("iam", "create-access-key", "--user-name", name)).GetProperty("AccessKey");
        return (Root.As(key.GetProperty("AccessKeyId").GetString()!, key.GetProperty("SecretAccessKey").GetString()!), arn, arn.Split(':')[4]);
    }

    private async Task<string> RoleAsync(string name, string trust, string? policy = null)
    {
        var arn = (await Root.OkAsync("iam", "create-role", "--role-name", name, "--assume-role-policy-document", trust))
            .GetProperty("Role").GetProperty("Arn").GetString()!;
        if (policy is not null)
        {
            await Root.OkAsync("iam", "put-role-policy", "--role-name", name, "--policy-name", "granted", "--policy-document", policy);
        }
        return arn;
    }

    [Fact]
    public async Task A_user_named_in_the_trust_policy_assumes_the_role_and_leaves_its_own_permissions_behind()
    {
        var (alice, aliceArn, account) = await UserAsync("sts-alice", Allow("iam:ListUsers"));
        var roleArn = await RoleAsync("Lister", Trust(aliceArn), Allow("iam:ListRoles"));
        Assert.Contains("(AccessDenied)", await alice.FailsAsync("iam", "list-roles"));

        var assumed = await alice.OkAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "work");
        var credentials = assumed.GetProperty("Credentials");
        Assert.StartsWith("ASIA", credentials.GetProperty("AccessKeyId").GetString());
        Assert.Equal($"arn:aws:sts::{account}:assumed-role/Lister/work", assumed.GetProperty("AssumedRoleUser").GetProperty("Arn").GetString());
        var session = Root.As(credentials);

        var identity = await session.OkAsync("sts", "get-caller-identity");
        Assert.Equal($"arn:aws:sts::{account}:assumed-role/Lister/work", identity.GetProperty("Arn").GetString());
        Assert.StartsWith("AROA", identity.GetProperty("UserId").GetString());
        Assert.EndsWith(":work", identity.GetProperty("UserId").GetString());

        await session.OkAsync("iam", "list-roles");
        var denied = await session.FailsAsync("iam", "list-users");
        Assert.Contains("(AccessDenied)", denied);
        Assert.Contains($"User: arn:aws:sts::{account}:assumed-role/Lister/work is not authorized to perform: iam:ListUsers", denied);

        Assert.True((await Root.OkAsync("iam", "get-role", "--role-name", "Lister")).GetProperty("Role").GetProperty("RoleLastUsed").TryGetProperty("LastUsedDate", out _));
    }

    [Fact]
    public async Task A_trust_policy_that_does_not_name_the_caller_refuses_it()
    {
        var (bob, bobArn, _) = await UserAsync("sts-bob", Allow("sts:AssumeRole"));
        var (_, carolArn, _) = await UserAsync("sts-carol");
        var roleArn = await RoleAsync("CarolsOnly", Trust(carolArn));

        var denied = await bob.FailsAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "try");
        Assert.Contains("(AccessDenied)", denied);
        Assert.Contains($"User: {bobArn} is not authorized to perform: sts:AssumeRole on resource: {roleArn}", denied);
        var missing = await bob.FailsAsync("sts", "assume-role", "--role-arn", roleArn + "Gone", "--role-session-name", "try");
        Assert.Contains($"User: {bobArn} is not authorized to perform: sts:AssumeRole on resource: {roleArn}Gone", missing);
    }

    [Fact]
    public async Task A_trust_policy_naming_the_account_needs_the_callers_own_permission_and_the_external_id()
    {
        var (dave, _, account) = await UserAsync("sts-dave");
        var (erin, _, _) = await UserAsync("sts-erin", Allow("sts:AssumeRole"));
        var roleArn = await RoleAsync("Vendor", Trust($"arn:aws:iam::{account}:root", """{"StringEquals":{"sts:ExternalId":"secret-42"}}"""));

        Assert.Contains("(AccessDenied)", await dave.FailsAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "s1", "--external-id", "secret-42"));
        Assert.Contains("(AccessDenied)", await erin.FailsAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "s1"));
        Assert.Contains("(AccessDenied)", await erin.FailsAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "s1", "--external-id", "secret-43"));
        await erin.OkAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "s1", "--external-id", "secret-42");
    }

    [Fact]
    public async Task Durations_over_the_maximum_and_chained_sessions_over_an_hour_are_refused()
    {
        var (frank, frankArn, account) = await UserAsync("sts-frank");
        var roleArn = await RoleAsync("Short", Trust(frankArn), Allow("sts:AssumeRole"));
        var tooLong = await frank.FailsAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "s1", "--duration-seconds", "7200");
        Assert.Contains("(ValidationError)", tooLong);
        Assert.Contains("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.", tooLong);

        await Root.OkAsync("iam", "update-role", "--role-name", "Short", "--max-session-duration", "14400");
        var first = Root.As((await frank.OkAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "s1", "--duration-seconds", "7200")).GetProperty("Credentials"));
        var chainedArn = await RoleAsync("Chained", Trust(roleArn));
        var chained = await first.FailsAsync("sts", "assume-role", "--role-arn", chainedArn, "--role-session-name", "c1", "--duration-seconds", "7200");
        Assert.Contains("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.", chained);
        var second = await first.OkAsync("sts", "assume-role", "--role-arn", chainedArn, "--role-session-name", "c1");
        Assert.Equal($"arn:aws:sts::{account}:assumed-role/Chained/c1", second.GetProperty("AssumedRoleUser").GetProperty("Arn").GetString());
    }

    [Fact]
    public async Task An_altered_or_forged_session_token_is_refused()
    {
        var (grace, graceArn, _) = await UserAsync("sts-grace");
        var roleArn = await RoleAsync("Tokens", Trust(graceArn));
        var credentials = (await grace.OkAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "s1")).GetProperty("Credentials");
        var keyId = credentials.GetProperty("AccessKeyId").GetString()!;
        var secret = credentials.GetProperty("SecretAccessKey").GetString()!;
        var token = credentials.GetProperty("SessionToken").GetString()!;
        var altered = (token[0] == 'A' ? "B" : "A") + token[1..];

        Assert.Contains("(InvalidClientTokenId)", await Root.As(keyId, secret, altered).FailsAsync("sts", "get-caller-identity"));
        Assert.Contains("(InvalidClientTokenId)", await Root.As(keyId, secret).FailsAsync("sts", "get-caller-identity"));
        Assert.Contains("(InvalidClientTokenId)", await Root.As("ASIA" + keyId[4..^1] + (keyId[^1] == 'A' ? "B" : "A"), secret, token).FailsAsync("sts", "get-caller-identity"));
        await Root.As(keyId, secret, token).OkAsync("sts", "get-caller-identity");
    }

    [Fact]
    public async Task Session_policies_narrow_a_role_session()
    {
        var (heidi, heidiArn, _) = await UserAsync("sts-heidi");
        var roleArn = await RoleAsync("Broad", Trust(heidiArn), Allow("iam:*"));
        var narrowed = Root.As((await heidi.OkAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "s1",
            "--policy", Allow("iam:GetRole"))).GetProperty("Credentials"));
        await narrowed.OkAsync("iam", "get-role", "--role-name", "Broad");
        var denied = await narrowed.FailsAsync("iam", "list-roles");
        Assert.Contains("because no session policy allows the iam:ListRoles action", denied);
    }

    [Fact]
    public async Task A_trust_policy_requiring_mfa_refuses_a_session_without_it()
    {
        var (ivan, ivanArn, _) = await UserAsync("sts-ivan");
        var roleArn = await RoleAsync("NeedsMfa", Trust(ivanArn, """{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"""));
        Assert.Contains("(AccessDenied)", await ivan.FailsAsync("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "s1"));
    }

    [Fact]
    public async Task Session_and_federation_tokens_and_access_key_info()
    {
        var (judy, judyArn, account) = await UserAsync("sts-judy",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:ListRoles","sts:GetFederationToken","sts:GetAccessKeyInfo"],"Resource":"*"}]}""");
        var session = Root.As((await judy.OkAsync("sts", "get-session-token", "--duration-seconds", "900")).GetProperty("Credentials"));
        Assert.Equal(judyArn, (await session.OkAsync("sts", "get-caller-identity")).GetProperty("Arn").GetString());
        await session.OkAsync("iam", "list-roles");
        Assert.Contains("Cannot call GetSessionToken with session credentials", await session.FailsAsync("sts", "get-session-token"));

        var federated = await judy.OkAsync("sts", "get-federation-token", "--name", "visitor");
        Assert.Equal($"arn:aws:sts::{account}:federated-user/visitor", federated.GetProperty("FederatedUser").GetProperty("Arn").GetString());
        var visitor = Root.As(federated.GetProperty("Credentials"));
        Assert.Equal($"arn:aws:sts::{account}:federated-user/visitor", (await visitor.OkAsync("sts", "get-caller-identity")).GetProperty("Arn").GetString());
        Assert.Contains("(AccessDenied)", await visitor.FailsAsync("iam", "list-roles"));
        var allowed = Root.As((await judy.OkAsync("sts", "get-federation-token", "--name", "helper", "--policy", Allow("iam:ListRoles"))).GetProperty("Credentials"));
        await allowed.OkAsync("iam", "list-roles");

        var keyId = federated.GetProperty("Credentials").GetProperty("AccessKeyId").GetString()!;
        Assert.Equal(account, (await judy.OkAsync("sts", "get-access-key-info", "--access-key-id", keyId)).GetProperty("Account").GetString());
    }
}
