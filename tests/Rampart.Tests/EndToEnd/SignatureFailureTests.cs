using System.Text.Json;
using Rampart.TestSupport;

namespace Rampart.Tests.EndToEnd;

/// <summary>Every way a signature can fail, as the aws CLI and botocore see it.</summary>
public sealed class SignatureFailureTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>, IDisposable
{
    private readonly TempDirectory scratch = new("sigfail");

    private RampartProcess Server => fixture.Server;

    [Fact]
    public async Task A_wrong_secret_is_SignatureDoesNotMatch()
    {
        var environment = WithCredentials(Server.RootAccessKeyId, new string('x', 40));

        var result = await ExternalTools.AwsAsync(environment, "sts", "get-caller-identity");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("(SignatureDoesNotMatch)", result.Error);
        Assert.Contains("The request signature we calculated does not match the signature you provided.", result.Error);
    }

    [Fact]
    public async Task An_unknown_access_key_is_InvalidClientTokenId()
    {
        var environment = WithCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

        var result = await ExternalTools.AwsAsync(environment, "sts", "get-caller-identity");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("(InvalidClientTokenId)", result.Error);
        Assert.Contains("The security token included in the request is invalid.", result.Error);
    }

    [Fact]
    public async Task A_clock_skewed_by_twenty_minutes_is_refused_as_expired()
    {
        var result = await ExternalTools.PythonAsync("""
            import datetime, botocore.auth
            real_now = botocore.auth.get_current_datetime
            botocore.auth.get_current_datetime = lambda *args, **kwargs: real_now(*args, **kwargs) - datetime.timedelta(minutes=20)
            """ + "\n" + PythonScripts.CallerIdentity, Server.ClientEnvironment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var error = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("SignatureDoesNotMatch", error.GetProperty("Code").GetString());
        Assert.StartsWith("Signature expired: ", error.GetProperty("Message").GetString());
        Assert.Equal(403, error.GetProperty("Status").GetInt32());
    }

    [Fact]
    public async Task A_presigned_url_fetched_after_it_expired_is_RequestExpired()
    {
        var result = await ExternalTools.PythonAsync("""
            import json, time, urllib.request, urllib.error, boto3
            url = boto3.client("sts").generate_presigned_url("get_caller_identity", ExpiresIn=1, HttpMethod="GET")
            time.sleep(2.5)
            try:
                response = urllib.request.urlopen(url)
                print(json.dumps({"status": response.status, "body": response.read().decode()}))
            except urllib.error.HTTPError as error:
                print(json.dumps({"status": error.code, "body": error.read().decode()}))
            """, Server.ClientEnvironment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var response = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(400, response.GetProperty("status").GetInt32());
        Assert.Contains("<Code>RequestExpired</Code>", response.GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_presigned_url_within_its_lifetime_works()
    {
        var result = await ExternalTools.PythonAsync("""
            import json, urllib.request, boto3
            url = boto3.client("sts").generate_presigned_url("get_caller_identity", ExpiresIn=300, HttpMethod="GET")
            response = urllib.request.urlopen(url)
            print(json.dumps({"status": response.status, "body": response.read().decode()}))
            """, Server.ClientEnvironment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var response = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(200, response.GetProperty("status").GetInt32());
        Assert.Contains($"<Arn>arn:aws:iam::{Server.AccountId}:root</Arn>", response.GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_request_without_any_signature_is_MissingAuthenticationToken()
    {
        var response = await RawRequests.SendAsync(Server, """
            send("POST", "/", "Action=GetCallerIdentity&Version=2011-06-15",
                 {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}, "sts", sign=False)
            """);

        Assert.Equal(403, response.GetProperty("status").GetInt32());
        Assert.Contains("<Code>MissingAuthenticationToken</Code>", response.GetProperty("body").GetString());
        Assert.Contains("<Message>Request is missing Authentication Token</Message>", response.GetProperty("body").GetString());
    }

    public void Dispose() => scratch.Dispose();

    /// <summary>The server's config file with other credentials, as a user with a stale or foreign key would have.</summary>
    private Dictionary<string, string> WithCredentials(string accessKeyId, string secretAccessKey)
    {
        var credentials = scratch.File($"credentials-{Guid.NewGuid():N}");
        File.WriteAllText(credentials, $"[default]\naws_access_key_id = {accessKeyId}\naws_secret_access_key = {secretAccessKey}\n");
        return new Dictionary<string, string>
        {
            ["AWS_SHARED_CREDENTIALS_FILE"] = credentials,
            ["AWS_CONFIG_FILE"] = Server.ConfigFile,
        };
    }
}
