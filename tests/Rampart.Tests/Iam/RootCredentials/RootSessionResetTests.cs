using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.RootCredentials;

/// <summary>Reset takes the default account's root user with its long-term key, never a session of it.</summary>
public sealed class RootSessionResetTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    [Fact]
    public async Task A_reset_signed_by_a_root_session_is_AccessDenied()
    {
        var credentials = (await new AwsCli(fixture.Server, "sts").OkAsync("get-session-token")).GetProperty("Credentials");
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = credentials.GetProperty("AccessKeyId").GetString()!,
            ["AWS_SECRET_ACCESS_KEY"] = credentials.GetProperty("SecretAccessKey").GetString()!,
            ["AWS_SESSION_TOKEN"] = credentials.GetProperty("SessionToken").GetString()!,
        };

        var response = await RawRequests.SendAsync(fixture.Server, environment, """
            send("POST", "/_rampart/reset", "", {}, "sts")
            """);

        Assert.Equal(403, response.GetProperty("status").GetInt32());
        Assert.Contains("AccessDenied", response.GetProperty("body").GetString());
        Assert.Contains("signed with temporary session credentials", response.GetProperty("body").GetString());
        // The server was not reset: the session still works.
        Assert.Equal($"arn:aws:iam::{fixture.Server.AccountId}:root",
            (await new AwsCli(fixture.Server).As(credentials).OkAsync("sts", "get-caller-identity")).GetProperty("Arn").GetString());
    }
}
