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
        // One boto3 process for the whole story: a call, its audit event, the reset, the emptied history, and the
        // same client files still working.
        var result = await ExternalTools.PythonAsync(PythonScripts.RawRequest + $$"""
            import boto3
            def caller_identity_events():
                return len(boto3.client("cloudtrail").lookup_events(
                    LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "GetCallerIdentity"}])["Events"])
            boto3.client("sts").get_caller_identity()
            before = caller_identity_events()
            send("POST", "{{path}}", "", {}, "sts")
            after = caller_identity_events()
            arn = boto3.client("sts").get_caller_identity()["Arn"]
            print(json.dumps({"before": before, "after": after, "arn": arn}))
            """, new Dictionary<string, string>(Server.ClientEnvironment) { ["RAMPART_URL"] = Server.Endpoint.GetLeftPart(UriPartial.Authority) });

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Trim().Split('\n');
        Assert.Equal(200, JsonDocument.Parse(lines[0]).RootElement.GetProperty("status").GetInt32());
        var story = JsonDocument.Parse(lines[1]).RootElement;
        Assert.NotEqual(0, story.GetProperty("before").GetInt32());
        Assert.Equal(0, story.GetProperty("after").GetInt32());
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:root", story.GetProperty("arn").GetString());
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
}
