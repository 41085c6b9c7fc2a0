using System.Net;
using System.Text.Json;

namespace Rampart.Tests.EndToEnd;

/// <summary>--auth open: drop-in use by suites written for other emulators, with test/test credentials.</summary>
public sealed class OpenModeTests(OpenServerFixture fixture) : IClassFixture<OpenServerFixture>
{
    private RampartProcess Server => fixture.Server;

    private Dictionary<string, string> TestCredentials => new()
    {
        ["AWS_ACCESS_KEY_ID"] = "test",
        ["AWS_SECRET_ACCESS_KEY"] = "test",
        ["AWS_DEFAULT_REGION"] = "us-east-1",
    };

    [Fact]
    public void Warns_at_start_up()
    {
        Assert.Contains("WARNING: --auth open", Server.StandardError);
    }

    [Fact]
    public async Task Test_credentials_act_as_the_default_root_user_in_the_aws_cli()
    {
        var result = await ExternalTools.AwsAsync(TestCredentials,
            "--endpoint-url", Server.Endpoint.GetLeftPart(UriPartial.Authority), "sts", "get-caller-identity");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:root", JsonDocument.Parse(result.Output).RootElement.GetProperty("Arn").GetString());
    }

    [Fact]
    public async Task Test_credentials_act_as_the_default_root_user_in_boto3()
    {
        var environment = new Dictionary<string, string>(TestCredentials)
        {
            ["AWS_ENDPOINT_URL"] = Server.Endpoint.GetLeftPart(UriPartial.Authority),
        };
        var result = await ExternalTools.PythonAsync(PythonScripts.CallerIdentity, environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:root", JsonDocument.Parse(result.Output).RootElement.GetProperty("Arn").GetString());
    }

    [Fact]
    public async Task A_known_key_is_still_verified()
    {
        var environment = new Dictionary<string, string>(TestCredentials)
        {
            ["AWS_ACCESS_KEY_ID"] = Server.RootAccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = new string('x', 40),
        };
        var result = await ExternalTools.AwsAsync(environment,
            "--endpoint-url", Server.Endpoint.GetLeftPart(UriPartial.Authority), "sts", "get-caller-identity");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("(SignatureDoesNotMatch)", result.Error);
    }

    [Fact]
    public async Task Anyone_may_reset()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(Server.Endpoint, "/moto-api/reset"), new StringContent(""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
