using System.Text.Json.Nodes;
using Rampart.Audit;
using Rampart.Protocol;
using Rampart.Protocol.Models;

namespace Rampart.Tests.Audit;

public class CloudTrailRecordBuilderTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private readonly CloudTrailRecordBuilder builder = new(ServiceCatalog.Default);

    [Fact]
    public void WritesEveryFieldUnderCloudTrailsNameAndCasing()
    {
        var time = new DateTimeOffset(2024, 5, 1, 12, 34, 56, 789, TimeSpan.Zero);
        var entry = AuditEntries.Call("iam", "CreateUser",
            request: new JsonObject { ["UserName"] = "alice", ["Path"] = "/ops/" },
            response: new JsonObject { ["User"] = new JsonObject { ["UserName"] = "alice", ["UserId"] = "AIDAALICE" } },
            resources: ["arn:aws:iam::123456789012:user/ops/alice"],
            time: time,
            tls: new TlsDetails("TLSv1.3", "TLS_AES_128_GCM_SHA256", "127.0.0.1:4580"));

        var record = CloudTrailRecordJson.Parse(builder.Build(entry, "5f0e5c1a-0000-4000-8000-000000000001"));

        Assert.Equal(
            ["eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress",
             "userAgent", "requestParameters", "responseElements", "requestID", "eventID", "readOnly", "resources",
             "eventType", "managementEvent", "recipientAccountId", "eventCategory", "tlsDetails"],
            record.Select(p => p.Key));
        Assert.Equal("1.11", (string?)record["eventVersion"]);
        Assert.Equal("2024-05-01T12:34:56Z", (string?)record["eventTime"]);
        Assert.Equal("iam.amazonaws.com", (string?)record["eventSource"]);
        Assert.Equal("CreateUser", (string?)record["eventName"]);
        Assert.Equal("192.0.2.10", (string?)record["sourceIPAddress"]);
        Assert.Equal("alice", (string?)record["requestParameters"]!["userName"]);
        Assert.Equal("/ops/", (string?)record["requestParameters"]!["path"]);
        Assert.Equal("AIDAALICE", (string?)record["responseElements"]!["user"]!["userId"]);
        Assert.Equal(entry.RequestId, (string?)record["requestID"]);
        Assert.Equal("5f0e5c1a-0000-4000-8000-000000000001", (string?)record["eventID"]);
        Assert.False((bool)record["readOnly"]!);
        Assert.Equal("AwsApiCall", (string?)record["eventType"]);
        Assert.True((bool)record["managementEvent"]!);
        Assert.Equal("123456789012", (string?)record["recipientAccountId"]);
        Assert.Equal("Management", (string?)record["eventCategory"]);
        Assert.Equal("TLSv1.3", (string?)record["tlsDetails"]!["tlsVersion"]);
        Assert.Equal("TLS_AES_128_GCM_SHA256", (string?)record["tlsDetails"]!["cipherSuite"]);
        Assert.Equal("127.0.0.1:4580", (string?)record["tlsDetails"]!["clientProvidedHostHeader"]);
        var resource = record["resources"]![0]!;
        Assert.Equal("arn:aws:iam::123456789012:user/ops/alice", (string?)resource["ARN"]);
        Assert.Equal("AWS::IAM::User", (string?)resource["type"]);
        Assert.Equal("123456789012", (string?)resource["accountId"]);
    }

    [Fact]
    public void NeverShowsASecretAccessKeyReturnedByIam()
    {
        var entry = AuditEntries.Call("iam", "CreateAccessKey",
            request: new JsonObject { ["UserName"] = "alice" },
            response: new JsonObject
            {
                ["AccessKey"] = new JsonObject
                {
                    ["UserName"] = "alice",
                    ["AccessKeyId"] = "AKIAALICE",
                    ["Status"] = "Active",
                    ["SecretAccessKey"] = Secret,
                },
            });

        var text = CloudTrailRecordJson.Text(builder.Build(entry, "id"));
        var record = CloudTrailRecordJson.Parse(text);

        Assert.DoesNotContain(Secret, text);
        Assert.Equal("AKIAALICE", (string?)record["responseElements"]!["accessKey"]!["accessKeyId"]);
        Assert.Equal("HIDDEN_DUE_TO_SECURITY_REASONS", (string?)record["responseElements"]!["accessKey"]!["secretAccessKey"]);
    }

    [Fact]
    public void NeverShowsAPasswordInRequestParameters()
    {
        const string password = "correct-horse-battery-staple-42!";
        var entry = AuditEntries.Call("iam", "CreateLoginProfile",
            request: new JsonObject { ["UserName"] = "alice", ["Password"] = password, ["PasswordResetRequired"] = true });

        var text = CloudTrailRecordJson.Text(builder.Build(entry, "id"));

        Assert.DoesNotContain(password, text);
        Assert.Equal("alice", (string?)CloudTrailRecordJson.Parse(text)["requestParameters"]!["userName"]);
    }

    [Fact]
    public void NeverShowsKmsPlaintextOrStsSessionSecrets()
    {
        const string plaintext = "c2VjcmV0IHBsYWludGV4dCBieXRlcw==";
        var encrypt = AuditEntries.Call("kms", "Encrypt", region: "eu-west-1",
            request: new JsonObject { ["KeyId"] = "alias/app", ["Plaintext"] = plaintext });
        var assumeRole = AuditEntries.Call("sts", "AssumeRole",
            request: new JsonObject { ["RoleArn"] = "arn:aws:iam::123456789012:role/deploy", ["RoleSessionName"] = "ci" },
            response: new JsonObject
            {
                ["Credentials"] = new JsonObject
                {
                    ["AccessKeyId"] = "ASIATEMP",
                    ["SecretAccessKey"] = Secret,
                    ["SessionToken"] = "token",
                    ["Expiration"] = "2024-05-01T13:00:00Z",
                },
            });

        var encryptText = CloudTrailRecordJson.Text(builder.Build(encrypt, "id"));
        var assumeText = CloudTrailRecordJson.Text(builder.Build(assumeRole, "id"));

        Assert.DoesNotContain(plaintext, encryptText);
        Assert.Equal("alias/app", (string?)CloudTrailRecordJson.Parse(encryptText)["requestParameters"]!["keyId"]);
        Assert.Equal("eu-west-1", (string?)CloudTrailRecordJson.Parse(encryptText)["awsRegion"]);
        Assert.DoesNotContain(Secret, assumeText);
        Assert.Equal("arn:aws:iam::123456789012:role/deploy",
            (string?)CloudTrailRecordJson.Parse(assumeText)["requestParameters"]!["roleArn"]);
    }

    [Fact]
    public void LeavesOutParametersItCannotRedactForWantOfAModel()
    {
        var entry = AuditEntries.Call("iam", "NoSuchOperation", request: new JsonObject { ["Password"] = "hunter2-secret" },
            response: new JsonObject { ["SecretAccessKey"] = Secret });

        var text = CloudTrailRecordJson.Text(builder.Build(entry, "id"));
        var record = CloudTrailRecordJson.Parse(text);

        Assert.DoesNotContain("hunter2-secret", text);
        Assert.DoesNotContain(Secret, text);
        Assert.Null(record["requestParameters"]);
        Assert.Null(record["responseElements"]);
    }

    [Fact]
    public void RecordsAFailedCallWithItsErrorAndNoResponse()
    {
        var entry = AuditEntries.Call("iam", "DeleteUser",
            request: new JsonObject { ["UserName"] = "bob" },
            error: new ServiceError("AccessDenied", "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:DeleteUser", 403));

        var record = CloudTrailRecordJson.Parse(builder.Build(entry, "id"));

        Assert.Equal("AccessDenied", (string?)record["errorCode"]);
        Assert.StartsWith("User: arn:aws:iam::123456789012:user/alice is not authorized", (string?)record["errorMessage"]);
        Assert.True(record.ContainsKey("responseElements"));
        Assert.Null(record["responseElements"]);
        Assert.Equal("bob", (string?)record["requestParameters"]!["userName"]);
    }

    [Fact]
    public void WritesNullParametersForACallWithoutAny()
    {
        var entry = AuditEntries.Call("sts", "GetCallerIdentity", request: [], readOnly: true, region: "eu-central-1");

        var record = CloudTrailRecordJson.Parse(builder.Build(entry, "id"));

        Assert.True(record.ContainsKey("requestParameters"));
        Assert.Null(record["requestParameters"]);
        Assert.True((bool)record["readOnly"]!);
        Assert.Equal("sts.amazonaws.com", (string?)record["eventSource"]);
        Assert.Equal("eu-central-1", (string?)record["awsRegion"]);
        Assert.False(record.ContainsKey("errorCode"));
        Assert.False(record.ContainsKey("tlsDetails"));
        Assert.False(record.ContainsKey("resources"));
    }

    [Fact]
    public void RecordsIamEventsInUsEast1WhateverRegionWasSigned()
    {
        var entry = AuditEntries.Call("iam", "ListUsers", region: "ap-southeast-2", readOnly: true);

        Assert.Equal("us-east-1", builder.Build(entry, "id").AwsRegion);
    }

    [Fact]
    public void KeepsMapKeysAsTheCallerWroteThem()
    {
        var entry = AuditEntries.Call("kms", "Encrypt", request: new JsonObject
        {
            ["KeyId"] = "alias/app",
            ["Plaintext"] = "AAAA",
            ["EncryptionContext"] = new JsonObject { ["Department"] = "Finance" },
        });

        var record = CloudTrailRecordJson.Parse(builder.Build(entry, "id"));

        Assert.Equal("Finance", (string?)record["requestParameters"]!["encryptionContext"]!["Department"]);
    }

    [Fact]
    public void RenamesMembersOfStructuresInsideLists()
    {
        var entry = AuditEntries.Call("iam", "CreateUser", request: new JsonObject
        {
            ["UserName"] = "alice",
            ["Tags"] = new JsonArray(
                new JsonObject { ["Key"] = "team", ["Value"] = "payments" },
                new JsonObject { ["Key"] = "CostCenter", ["Value"] = "42" }),
        });

        var tags = CloudTrailRecordJson.Parse(builder.Build(entry, "id"))["requestParameters"]!["tags"]!.AsArray();

        Assert.Equal(2, tags.Count);
        Assert.Equal("team", (string?)tags[0]!["key"]);
        Assert.Equal("payments", (string?)tags[0]!["value"]);
        Assert.Equal("CostCenter", (string?)tags[1]!["key"]);
    }
}
