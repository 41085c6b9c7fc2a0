using System.Net;
using System.Text.Json;

namespace Rampart.Tests.EndToEnd;

/// <summary>POST /_rampart/reset and /moto-api/reset on a server enforcing authentication.</summary>
public sealed class ResetTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private RampartProcess Server => fixture.Server;

    [Theory]
    [InlineData("/_rampart/reset")]
    [InlineData("/moto-api/reset")]
    public async Task The_default_root_user_may_reset_and_the_client_files_stay_valid(string path)
    {
        var before = await ExternalTools.AwsAsync(Server.ClientEnvironment, "sts", "get-caller-identity");
        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.NotEqual(0, await CallerIdentityEventsAsync());

        var response = await RawRequests.SendAsync(Server, $$"""
            send("POST", "{{path}}", "", {}, "sts")
            """);

        Assert.Equal(200, response.GetProperty("status").GetInt32());
        Assert.Equal(0, await CallerIdentityEventsAsync());
        var identity = await ExternalTools.AwsAsync(Server.ClientEnvironment, "sts", "get-caller-identity");
        Assert.True(identity.ExitCode == 0, identity.ToString());
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:root", JsonDocument.Parse(identity.Output).RootElement.GetProperty("Arn").GetString());
    }

    [Fact]
    public async Task An_unsigned_reset_is_AccessDenied()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(Server.Endpoint, "/_rampart/reset"), new StringContent(""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("AccessDenied", body);
        Assert.Contains("is not authorized to perform: rampart:Reset", body);
    }

    [Fact]
    public async Task A_reset_signed_with_a_wrong_secret_is_AccessDenied()
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = Server.RootAccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = new string('x', 40),
        };
        var response = await RawRequests.SendAsync(Server, environment, """
            send("POST", "/_rampart/reset", "", {}, "sts")
            """);

        Assert.Equal(403, response.GetProperty("status").GetInt32());
        Assert.Contains("AccessDenied", response.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Reset_answers_only_post()
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(Server.Endpoint, "/_rampart/reset"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    /// <summary>How many GetCallerIdentity events CloudTrail's history holds.</summary>
    private async Task<int> CallerIdentityEventsAsync()
    {
        var result = await ExternalTools.AwsAsync(Server.ClientEnvironment, "cloudtrail", "lookup-events",
            "--lookup-attributes", "AttributeKey=EventName,AttributeValue=GetCallerIdentity", "--query", "length(Events)");
        Assert.True(result.ExitCode == 0, result.ToString());
        return int.Parse(result.Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
