using System.Net;
using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rampart.Tests.EndToEnd;

/// <summary>A fresh server on an empty data directory: what it creates, writes and prints, and that the aws CLI
/// and boto3 work with nothing but the two exported variables.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class FirstStartTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private RampartProcess Server => fixture.Server;

    [Fact]
    public void Writes_owner_only_credentials_for_a_new_root_access_key()
    {
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(Server.CredentialsFile));
        var credentials = File.ReadAllText(Server.CredentialsFile);
        Assert.Matches(new Regex(@"\A\[default\]\naws_access_key_id = AKIA[A-Z2-7]{16}\naws_secret_access_key = [A-Za-z0-9+/]{40}\n\z"), credentials);
        Assert.Contains($"aws_access_key_id = {Server.RootAccessKeyId}\n", credentials);
    }

    [Fact]
    public void Writes_owner_only_config_pointing_at_the_server()
    {
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(Server.ConfigFile));
        Assert.Equal($"[default]\nregion = us-east-1\nendpoint_url = {Server.Endpoint.GetLeftPart(UriPartial.Authority)}\n",
            File.ReadAllText(Server.ConfigFile));
    }

    [Fact]
    public void Prints_the_export_lines_and_the_root_password_once()
    {
        var lines = Server.StandardOutput.Split('\n');
        Assert.Contains($"export AWS_SHARED_CREDENTIALS_FILE={Server.CredentialsFile}", lines);
        Assert.Contains($"export AWS_CONFIG_FILE={Server.ConfigFile}", lines);
        var password = Regex.Match(Server.StandardOutput, "password is shown only now: (\\S+)");
        Assert.True(password.Success, Server.StandardOutput);
        Assert.Equal(24, password.Groups[1].Value.Length);
        Assert.Matches("^[0-9]{12}$", Server.AccountId);
    }

    [Fact]
    public async Task Aws_cli_with_only_the_exported_files_is_the_root_user()
    {
        var result = await ExternalTools.AwsAsync(Server.ClientEnvironment, "sts", "get-caller-identity");

        Assert.True(result.ExitCode == 0, result.ToString());
        var identity = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:root", identity.GetProperty("Arn").GetString());
        Assert.Equal(Server.AccountId, identity.GetProperty("Account").GetString());
        Assert.Equal(Server.AccountId, identity.GetProperty("UserId").GetString());
    }

    [Fact]
    public async Task Boto3_with_only_the_exported_files_is_the_root_user()
    {
        var result = await ExternalTools.PythonAsync(PythonScripts.CallerIdentity, Server.ClientEnvironment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var identity = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:root", identity.GetProperty("Arn").GetString());
        Assert.Equal(Server.AccountId, identity.GetProperty("UserId").GetString());
    }

    [Fact]
    public async Task Health_answers_a_small_json_body_with_a_request_id()
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(Server.Endpoint, "/_rampart/health"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
    }

    [Fact]
    public async Task An_unknown_query_action_is_InvalidAction()
    {
        var response = await SendAsync("""
            send("POST", "/", "Action=BecomeAdministrator&Version=2011-06-15",
                 {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}, "sts")
            """);

        Assert.Equal(400, response.GetProperty("status").GetInt32());
        Assert.Contains("<Code>InvalidAction</Code>", response.GetProperty("body").GetString());
        Assert.False(string.IsNullOrEmpty(response.GetProperty("requestId").GetString()));
    }

    [Fact]
    public async Task An_unknown_json_operation_is_UnknownOperationException()
    {
        var response = await SendAsync("""
            send("POST", "/", "{}", {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "TrentService.BecomeAdministrator"}, "kms")
            """);

        Assert.Equal(400, response.GetProperty("status").GetInt32());
        Assert.Equal("UnknownOperationException",
            JsonDocument.Parse(response.GetProperty("body").GetString()!).RootElement.GetProperty("__type").GetString());
    }

    [Fact]
    public async Task A_request_for_no_known_service_gets_an_aws_error_not_a_page()
    {
        var response = await SendAsync("""
            send("GET", "/no/such/thing", None, {}, "sts", sign=False)
            """);

        Assert.InRange(response.GetProperty("status").GetInt32(), 400, 499);
        Assert.DoesNotContain("<html", response.GetProperty("body").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty(response.GetProperty("requestId").GetString()));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_an_aws_error()
    {
        // With Expect: 100-continue the server can refuse before the body is sent, so the answer is always read.
        using var http = new HttpClient { DefaultRequestHeaders = { ExpectContinue = true } };
        using var content = new ByteArrayContent(new byte[17 * 1024 * 1024]);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");

        using var response = await http.PostAsync(Server.Endpoint, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<Code>RequestEntityTooLarge</Code>", await response.Content.ReadAsStringAsync());
    }

    private Task<JsonElement> SendAsync(string call) => RawRequests.SendAsync(Server, call);
}
