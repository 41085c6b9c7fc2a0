using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Audit;

/// <summary>The audit trail as users see it: calls made with the real aws CLI and boto3 (successful, and failing
/// authentication), then read back with `aws cloudtrail lookup-events` and boto3's lookup_events. Each test works
/// in a region of its own, since event history is kept per account and region.</summary>
public sealed class AuditTrailEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string UnknownKey = "AKIAIOSFODNN7EXAMPLE";

    private RampartProcess Server => fixture.Server;

    private Dictionary<string, string> Environment(string region, string? accessKeyId = null, string? secret = null)
    {
        var environment = new Dictionary<string, string>(Server.ClientEnvironment) { ["AWS_DEFAULT_REGION"] = region };
        if (accessKeyId is not null && secret is not null)
        {
            environment["AWS_ACCESS_KEY_ID"] = accessKeyId;
            environment["AWS_SECRET_ACCESS_KEY"] = secret;
        }
        return environment;
    }

    private async Task<JsonArray> LookupAsync(string region, params string[] arguments)
    {
        var result = await ExternalTools.AwsAsync(Environment(region), ["cloudtrail", "lookup-events", "--output", "json", .. arguments]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(result.Output)!["Events"]!.AsArray();
    }

    private static JsonObject Record(JsonNode lookedUp) => JsonNode.Parse((string)lookedUp["CloudTrailEvent"]!)!.AsObject();

    private static string[] Attribute(string key, string value) =>
        ["--lookup-attributes", $"AttributeKey={key},AttributeValue={value}"];

    [Fact]
    public async Task Every_call_including_failed_authentication_is_found_by_each_lookup_attribute()
    {
        const string region = "ap-south-1";
        var succeeded = await ExternalTools.AwsAsync(Environment(region), "sts", "get-caller-identity");
        Assert.True(succeeded.ExitCode == 0, succeeded.ToString());
        var badSignature = await ExternalTools.AwsAsync(Environment(region, Server.RootAccessKeyId, new string('x', 40)), "sts", "get-caller-identity");
        Assert.Contains("(SignatureDoesNotMatch)", badSignature.Error);
        var unknownKey = await ExternalTools.AwsAsync(Environment(region, UnknownKey, new string('y', 40)), "sts", "get-caller-identity");
        Assert.Contains("(InvalidClientTokenId)", unknownKey.Error);

        var calls = await LookupAsync(region, Attribute("EventName", "GetCallerIdentity"));

        Assert.Equal(3, calls.Count);
        var (unknown, bad, good) = (calls[0]!, calls[1]!, calls[2]!);
        Assert.Equal(UnknownKey, (string?)unknown["AccessKeyId"]);
        Assert.Equal("InvalidClientTokenId", (string?)Record(unknown)["errorCode"]);
        Assert.Equal("Unknown", (string?)Record(unknown)["userIdentity"]!["type"]);
        Assert.Equal("SignatureDoesNotMatch", (string?)Record(bad)["errorCode"]);
        Assert.Equal(Server.RootAccessKeyId, (string?)bad["AccessKeyId"]);
        Assert.Null(bad["Username"]);

        Assert.Equal("GetCallerIdentity", (string?)good["EventName"]);
        Assert.Equal("sts.amazonaws.com", (string?)good["EventSource"]);
        Assert.Equal("true", (string?)good["ReadOnly"]);
        Assert.Equal("root", (string?)good["Username"]);
        Assert.Equal(Server.RootAccessKeyId, (string?)good["AccessKeyId"]);
        Assert.Empty(good["Resources"]!.AsArray());
        var record = Record(good);
        Assert.Equal((string?)good["EventId"], (string?)record["eventID"]);
        Assert.Equal(region, (string?)record["awsRegion"]);
        Assert.Equal("127.0.0.1", (string?)record["sourceIPAddress"]);
        Assert.StartsWith("aws-cli/", (string?)record["userAgent"]);
        Assert.Equal(Server.AccountId, (string?)record["recipientAccountId"]);
        Assert.Equal("Root", (string?)record["userIdentity"]!["type"]);
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:root", (string?)record["userIdentity"]!["arn"]);
        // CloudTrail records responseElements only for calls that change something: a read's record holds null.
        Assert.True(record.ContainsKey("responseElements"));
        Assert.Null(record["responseElements"]);
        Assert.False(record.ContainsKey("errorCode"));
        Assert.Matches("^[0-9a-f-]{36}$", (string?)record["requestID"]);

        var goodId = (string)good["EventId"]!;
        Assert.Equal([goodId], (await LookupAsync(region, Attribute("EventId", goodId))).Select(e => (string?)e!["EventId"]));
        Assert.Equal([(string?)unknown["EventId"]], (await LookupAsync(region, Attribute("AccessKeyId", UnknownKey))).Select(e => (string?)e!["EventId"]));
        Assert.Equal(3, (await LookupAsync(region, Attribute("EventSource", "sts.amazonaws.com"))).Count);
        var byRoot = await LookupAsync(region, Attribute("Username", "root"));
        Assert.Contains(goodId, byRoot.Select(e => (string?)e!["EventId"]));
        Assert.All(byRoot, e => Assert.False(Record(e!).ContainsKey("errorCode")));
        Assert.Contains(goodId, (await LookupAsync(region, Attribute("ReadOnly", "true"))).Select(e => (string?)e!["EventId"]));
        var byRootKey = await LookupAsync(region, Attribute("AccessKeyId", Server.RootAccessKeyId));
        Assert.Contains((string?)bad["EventId"], byRootKey.Select(e => (string?)e!["EventId"]));
        // The lookups themselves are calls too, recorded in the region they were made in.
        Assert.NotEmpty(await LookupAsync(region, Attribute("EventSource", "cloudtrail.amazonaws.com")));
        Assert.Empty(await LookupAsync(region, Attribute("ResourceType", "AWS::IAM::User")));
        Assert.Empty(await LookupAsync(region, Attribute("ResourceName", "nobody")));
    }

    [Fact]
    public async Task Iam_calls_are_found_by_resource_and_user_with_secrets_hidden_and_denials_recorded()
    {
        const string region = "us-east-1";
        var user = $"auditee-{Guid.NewGuid():N}"[..20];
        Assert.Equal(0, (await ExternalTools.AwsAsync(Environment(region), "iam", "create-user", "--user-name", user)).ExitCode);
        var created = await ExternalTools.AwsAsync(Environment(region), "iam", "create-access-key", "--user-name", user, "--output", "json");
        Assert.True(created.ExitCode == 0, created.ToString());
        var key = JsonNode.Parse(created.Output)!["AccessKey"]!;
        var (keyId, secret) = ((string)key["AccessKeyId"]!, (string)key["SecretAccessKey"]!);
        var denied = await ExternalTools.AwsAsync(Environment(region, keyId, secret), "iam", "list-users");
        Assert.Contains("(AccessDenied)", denied.Error);

        var byUser = await LookupAsync(region, Attribute("Username", user));
        var byName = await LookupAsync(region, Attribute("ResourceName", user));
        var byType = await LookupAsync(region, Attribute("ResourceType", "AWS::IAM::User"));
        var byKey = await LookupAsync(region, Attribute("AccessKeyId", keyId));

        var denial = Assert.Single(byUser)!;
        Assert.Equal("ListUsers", (string?)denial["EventName"]);
        Assert.Equal(keyId, (string?)denial["AccessKeyId"]);
        var denialRecord = Record(denial);
        Assert.Equal("AccessDenied", (string?)denialRecord["errorCode"]);
        Assert.Contains($"user/{user} is not authorized to perform: iam:ListUsers", (string?)denialRecord["errorMessage"]);
        Assert.Equal("IAMUser", (string?)denialRecord["userIdentity"]!["type"]);
        Assert.Equal(user, (string?)denialRecord["userIdentity"]!["userName"]);
        Assert.Equal([(string?)denial["EventId"]], byKey.Select(e => (string?)e!["EventId"]));

        var names = byName.Select(e => (string?)e!["EventName"]).ToList();
        Assert.Contains("CreateUser", names);
        Assert.Contains("CreateAccessKey", names);
        Assert.Contains(byType, e => (string?)e!["EventName"] == "CreateUser" && e["Resources"]!.AsArray().Any(r => (string?)r!["ResourceName"] == user));
        var keyCreation = byName.First(e => (string?)e!["EventName"] == "CreateAccessKey")!;
        var keyRecord = Record(keyCreation);
        Assert.Equal(user, (string?)keyRecord["requestParameters"]!["userName"]);
        Assert.Equal(keyId, (string?)keyRecord["responseElements"]!["accessKey"]!["accessKeyId"]);
        Assert.Equal("HIDDEN_DUE_TO_SECURITY_REASONS", (string?)keyRecord["responseElements"]!["accessKey"]!["secretAccessKey"]);
        Assert.Equal("AWS::IAM::User", (string?)keyCreation["Resources"]![0]!["ResourceType"]);
        var everything = await ExternalTools.AwsAsync(Environment(region), "cloudtrail", "lookup-events", "--output", "json");
        Assert.True(everything.ExitCode == 0, everything.ToString());
        Assert.DoesNotContain(secret, everything.Output);
    }

    [Fact]
    public async Task Reads_record_no_response_but_session_credentials_are_recorded_without_their_secret()
    {
        const string region = "ca-central-1";
        var encrypted = await ExternalTools.AwsAsync(Environment(region), "kms", "create-key", "--query", "KeyMetadata.KeyId", "--output", "text");
        Assert.True(encrypted.ExitCode == 0, encrypted.ToString());
        var keyId = encrypted.Output.Trim();
        var ciphertext = await ExternalTools.AwsAsync(Environment(region), "kms", "encrypt", "--key-id", keyId,
            "--plaintext", "aGVsbG8=", "--query", "CiphertextBlob", "--output", "text");
        Assert.True(ciphertext.ExitCode == 0, ciphertext.ToString());
        var session = await ExternalTools.AwsAsync(Environment(region), "sts", "get-session-token", "--output", "json");
        Assert.True(session.ExitCode == 0, session.ToString());
        var credentials = JsonNode.Parse(session.Output)!["Credentials"]!;

        var creation = Record(Assert.Single(await LookupAsync(region, Attribute("EventName", "CreateKey")))!);
        var encryption = Record(Assert.Single(await LookupAsync(region, Attribute("EventName", "Encrypt")))!);
        var issue = Assert.Single(await LookupAsync(region, Attribute("EventName", "GetSessionToken")))!;

        Assert.Equal(keyId, (string?)creation["responseElements"]!["keyMetadata"]!["keyId"]);
        Assert.True((bool)encryption["readOnly"]!);
        Assert.True(encryption.ContainsKey("responseElements"));
        Assert.Null(encryption["responseElements"]);
        Assert.DoesNotContain(ciphertext.Output.Trim(), encryption.ToJsonString());
        var issued = Record(issue)["responseElements"]!["credentials"]!;
        Assert.Equal((string?)credentials["AccessKeyId"], (string?)issued["accessKeyId"]);
        Assert.DoesNotContain((string)credentials["SecretAccessKey"]!, (string)issue["CloudTrailEvent"]!);
    }

    [Fact]
    public async Task Time_ranges_include_both_ends_and_regions_stay_apart()
    {
        const string region = "eu-north-1";
        Assert.Equal(0, (await ExternalTools.AwsAsync(Environment(region), "sts", "get-caller-identity")).ExitCode);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.Equal(0, (await ExternalTools.AwsAsync(Environment(region), "sts", "get-caller-identity")).ExitCode);

        var both = await LookupAsync(region, Attribute("EventName", "GetCallerIdentity"));
        Assert.Equal(2, both.Count);
        var (newer, older) = ((long)both[0]!["EventTime"]!, (long)both[1]!["EventTime"]!);
        Assert.True(newer > older);

        var untilOlder = await LookupAsync(region,
            [.. Attribute("EventName", "GetCallerIdentity"), "--end-time", older.ToString(CultureInfo.InvariantCulture)]);
        var fromNewer = await LookupAsync(region,
            [.. Attribute("EventName", "GetCallerIdentity"), "--start-time", newer.ToString(CultureInfo.InvariantCulture)]);
        var around = await LookupAsync(region,
            [.. Attribute("EventName", "GetCallerIdentity"), "--start-time", older.ToString(CultureInfo.InvariantCulture), "--end-time", newer.ToString(CultureInfo.InvariantCulture)]);

        Assert.Equal([(string?)both[1]!["EventId"]], untilOlder.Select(e => (string?)e!["EventId"]));
        Assert.Equal([(string?)both[0]!["EventId"]], fromNewer.Select(e => (string?)e!["EventId"]));
        Assert.Equal(2, around.Count);
        Assert.Empty(await LookupAsync("ca-central-1", Attribute("EventName", "GetCallerIdentity")));
    }

    [Fact]
    public async Task The_cli_follows_every_page()
    {
        const string region = "ap-northeast-2";
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(0, (await ExternalTools.AwsAsync(Environment(region), "sts", "get-caller-identity")).ExitCode);
        }

        var events = await LookupAsync(region, [.. Attribute("EventName", "GetCallerIdentity"), "--page-size", "2"]);

        Assert.Equal(5, events.Select(e => (string?)e!["EventId"]).Distinct().Count());
    }

    [Fact]
    public async Task Boto3_pages_with_next_tokens_and_gets_cloudtrails_errors()
    {
        var result = await ExternalTools.PythonAsync("""
            import datetime, json, boto3, botocore.exceptions
            from botocore.config import Config
            region = "sa-east-1"
            config = Config(retries={"max_attempts": 1})
            sts = boto3.client("sts", region_name=region, config=config)
            for _ in range(5):
                sts.get_caller_identity()
            trail = boto3.client("cloudtrail", region_name=region, config=config)
            only_calls = [{"AttributeKey": "EventName", "AttributeValue": "GetCallerIdentity"}]
            pages, ids, first_token = 0, [], None
            kwargs = {"LookupAttributes": only_calls, "MaxResults": 2}
            while True:
                page = trail.lookup_events(**kwargs)
                pages += 1
                for event in page["Events"]:
                    assert isinstance(event["EventTime"], datetime.datetime)
                    record = json.loads(event["CloudTrailEvent"])
                    assert record["eventID"] == event["EventId"]
                    assert record["userAgent"].startswith("Boto3/"), record["userAgent"]
                    ids.append(event["EventId"])
                token = page.get("NextToken")
                if token is None:
                    break
                first_token = first_token or token
                kwargs["NextToken"] = token
            paginated = [e["EventId"] for p in trail.get_paginator("lookup_events").paginate(
                LookupAttributes=only_calls, PaginationConfig={"PageSize": 2}) for e in p["Events"]]

            def error_of(**request):
                try:
                    trail.lookup_events(**request)
                    return None
                except botocore.exceptions.ClientError as error:
                    return error.response["Error"]["Code"]

            now = datetime.datetime.now(datetime.timezone.utc)
            print(json.dumps({
                "pages": pages,
                "ids": ids,
                "paginated": paginated,
                "otherParameters": error_of(LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "LookupEvents"}], NextToken=first_token),
                "twoAttributes": error_of(LookupAttributes=only_calls + [{"AttributeKey": "Username", "AttributeValue": "root"}]),
                "backwards": error_of(StartTime=now, EndTime=now - datetime.timedelta(hours=1)),
            }))
            """, Server.ClientEnvironment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var answer = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(3, answer.GetProperty("pages").GetInt32());
        var ids = answer.GetProperty("ids").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(5, ids.Distinct().Count());
        Assert.Equal(ids, answer.GetProperty("paginated").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("InvalidNextTokenException", answer.GetProperty("otherParameters").GetString());
        Assert.Equal("InvalidLookupAttributesException", answer.GetProperty("twoAttributes").GetString());
        Assert.Equal("InvalidTimeRangeException", answer.GetProperty("backwards").GetString());
    }
}
