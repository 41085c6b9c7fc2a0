using System.Text;
using System.Text.Json.Nodes;

namespace Rampart.Protocol.Tests;

/// <summary>KMS, Organizations and WAFv2 over JSON 1.1, checked against botocore's serializer and parser.</summary>
public class JsonProtocolTests
{
    [Fact]
    public void Kms_Encrypt_decodes_blob_and_context_and_encodes_ciphertext()
    {
        var (route, input) = Sdk.Send("kms", "Encrypt", new JsonObject
        {
            ["KeyId"] = "alias/app",
            ["Plaintext"] = Botocore.Bytes("hello\u0000world"),
            ["EncryptionContext"] = new JsonObject { ["purpose"] = "test" },
        });
        Assert.Equal("Encrypt", route.Operation.Name);
        Assert.Equal("hello\0world", Encoding.UTF8.GetString(Convert.FromBase64String(input.Text("Plaintext")!)));
        Assert.Equal("test", input["EncryptionContext"]!["purpose"]!.GetValue<string>());

        var response = ProtocolCodec.EncodeOutput(route, new JsonObject
        {
            ["CiphertextBlob"] = Convert.ToBase64String([1, 2, 3, 255]),
            ["KeyId"] = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            ["EncryptionAlgorithm"] = "SYMMETRIC_DEFAULT",
        }, Sdk.RequestId);
        Assert.Equal("application/x-amz-json-1.1", response.Header("Content-Type"));
        Assert.Equal(Sdk.RequestId, response.Header("x-amzn-RequestId"));

        var parsed = Botocore.Parse("kms", "Encrypt", response);
        Assert.Equal(Convert.ToBase64String([1, 2, 3, 255]), parsed.Text("CiphertextBlob.$bytes"));
        Assert.Equal("SYMMETRIC_DEFAULT", parsed.Text("EncryptionAlgorithm"));
    }

    [Fact]
    public void Kms_ListKeys_paging_round_trips()
    {
        var (_, input) = Sdk.Send("kms", "ListKeys", new JsonObject { ["Limit"] = 2, ["Marker"] = "abc" });
        Assert.Equal(2, input["Limit"]!.GetValue<int>());

        var parsed = Sdk.Receive("kms", "ListKeys", new JsonObject
        {
            ["Keys"] = new JsonArray(
                new JsonObject { ["KeyId"] = "k1", ["KeyArn"] = "arn:aws:kms:us-east-1:123456789012:key/k1" },
                new JsonObject { ["KeyId"] = "k2", ["KeyArn"] = "arn:aws:kms:us-east-1:123456789012:key/k2" }),
            ["NextMarker"] = "next",
            ["Truncated"] = true,
        });
        Assert.Equal("k2", parsed.Text("Keys.1.KeyId"));
        Assert.Equal("next", parsed.Text("NextMarker"));
        Assert.True(parsed["Truncated"]!.GetValue<bool>());
    }

    [Fact]
    public void Kms_errors_use_lowercase_message_and_parse_in_botocore()
    {
        var (parsed, response) = Sdk.ReceiveError("kms", "DescribeKey",
            new ServiceError("NotFoundException", "Key 'arn:aws:kms:us-east-1:123456789012:key/x' does not exist"));

        Assert.Contains("\"message\":", Encoding.UTF8.GetString(response.Body.Span));
        Assert.Equal("NotFoundException", parsed.Text("Error.Code"));
        Assert.Equal("Key 'arn:aws:kms:us-east-1:123456789012:key/x' does not exist", parsed.Text("Error.Message"));
    }

    [Fact]
    public void Organizations_errors_use_the_Message_member_the_model_declares()
    {
        var (parsed, response) = Sdk.ReceiveError("organizations", "DescribeOrganization",
            new ServiceError("AWSOrganizationsNotInUseException", "Your account is not a member of an organization."));

        Assert.Contains("\"Message\":", Encoding.UTF8.GetString(response.Body.Span));
        Assert.Equal("AWSOrganizationsNotInUseException", parsed.Text("Error.Code"));
        Assert.Equal("Your account is not a member of an organization.", parsed.Text("Error.Message"));
    }

    [Fact]
    public void Error_details_travel_as_the_modeled_members_botocore_exposes()
    {
        var (parsed, _) = Sdk.ReceiveError("organizations", "CreateAccount",
            new ServiceError("ConstraintViolationException", "You have reached the maximum number of accounts.")
            {
                Details = new JsonObject { ["Reason"] = "ACCOUNT_NUMBER_LIMIT_EXCEEDED" },
            });

        Assert.Equal("ConstraintViolationException", parsed.Text("Error.Code"));
        Assert.Equal("You have reached the maximum number of accounts.", parsed.Text("Error.Message"));
        Assert.Equal("ACCOUNT_NUMBER_LIMIT_EXCEEDED", parsed.Text("Reason"));
    }

    [Fact]
    public void Organizations_DescribeOrganization_and_DescribeAccount_timestamps_parse_in_botocore()
    {
        var organization = Sdk.Receive("organizations", "DescribeOrganization", new JsonObject
        {
            ["Organization"] = new JsonObject
            {
                ["Id"] = "o-exampleorgid",
                ["Arn"] = "arn:aws:organizations::111111111111:organization/o-exampleorgid",
                ["FeatureSet"] = "ALL",
                ["MasterAccountId"] = "111111111111",
                ["AvailablePolicyTypes"] = new JsonArray(new JsonObject { ["Type"] = "SERVICE_CONTROL_POLICY", ["Status"] = "ENABLED" }),
            },
        });
        Assert.Equal("ALL", organization.Text("Organization.FeatureSet"));
        Assert.Equal("ENABLED", organization.Text("Organization.AvailablePolicyTypes.0.Status"));

        var account = Sdk.Receive("organizations", "DescribeAccount", new JsonObject
        {
            ["Account"] = new JsonObject
            {
                ["Id"] = "222222222222",
                ["Name"] = "dev",
                ["JoinedTimestamp"] = "2024-02-29T23:59:58.25+00:00",
            },
        });
        Assert.Equal("2024-02-29T23:59:58.250000Z", account.Text("Account.JoinedTimestamp"));
    }

    [Fact]
    public void Organizations_request_timestamps_in_epoch_seconds_decode_to_iso8601()
    {
        var request = new WireRequest("POST", "/", "",
            [new("X-Amz-Target", "AWSOrganizationsV20161128.ListAccounts"), new("Content-Type", "application/x-amz-json-1.1")],
            Encoding.UTF8.GetBytes("""{"MaxResults": 5}"""));
        var route = Routing.RequestRouter.Default.Resolve(request, "organizations");
        Assert.Equal(5, ProtocolCodec.DecodeInput(route, request)["MaxResults"]!.GetValue<int>());

        var fractional = new WireRequest("POST", "/", "",
            [new("X-Amz-Target", "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents")],
            Encoding.UTF8.GetBytes("""{"StartTime": 1704164645.25}"""));
        var lookup = Routing.RequestRouter.Default.Resolve(fractional, "cloudtrail");
        Assert.Equal("2024-01-02T03:04:05.25Z", ProtocolCodec.DecodeInput(lookup, fractional).Text("StartTime"));

        var (_, cloudtrail) = Sdk.Send("cloudtrail", "LookupEvents", new JsonObject
        {
            ["StartTime"] = "2024-01-02T03:04:05Z",
            ["EndTime"] = "2024-01-02T04:00:00Z",
        });
        Assert.Equal("2024-01-02T03:04:05Z", cloudtrail.Text("StartTime"));
        Assert.Equal("2024-01-02T04:00:00Z", cloudtrail.Text("EndTime"));
    }

    [Fact]
    public void Wafv2_CreateWebACL_nested_statements_decode_and_summary_encodes()
    {
        var (_, input) = Sdk.Send("wafv2", "CreateWebACL", new JsonObject
        {
            ["Name"] = "acl",
            ["Scope"] = "REGIONAL",
            ["DefaultAction"] = new JsonObject { ["Allow"] = new JsonObject() },
            ["VisibilityConfig"] = new JsonObject
            {
                ["SampledRequestsEnabled"] = true,
                ["CloudWatchMetricsEnabled"] = false,
                ["MetricName"] = "acl",
            },
            ["Rules"] = new JsonArray(new JsonObject
            {
                ["Name"] = "block-bad",
                ["Priority"] = 0,
                ["Action"] = new JsonObject { ["Block"] = new JsonObject() },
                ["VisibilityConfig"] = new JsonObject
                {
                    ["SampledRequestsEnabled"] = false,
                    ["CloudWatchMetricsEnabled"] = false,
                    ["MetricName"] = "block-bad",
                },
                ["Statement"] = new JsonObject
                {
                    ["AndStatement"] = new JsonObject
                    {
                        ["Statements"] = new JsonArray(
                            new JsonObject
                            {
                                ["ByteMatchStatement"] = new JsonObject
                                {
                                    ["SearchString"] = Botocore.Bytes("admin"),
                                    ["FieldToMatch"] = new JsonObject { ["UriPath"] = new JsonObject() },
                                    ["TextTransformations"] = new JsonArray(new JsonObject { ["Priority"] = 0, ["Type"] = "LOWERCASE" }),
                                    ["PositionalConstraint"] = "CONTAINS",
                                },
                            },
                            new JsonObject
                            {
                                ["NotStatement"] = new JsonObject
                                {
                                    ["Statement"] = new JsonObject
                                    {
                                        ["IPSetReferenceStatement"] = new JsonObject
                                        {
                                            ["ARN"] = "arn:aws:wafv2:us-east-1:123456789012:regional/ipset/ok/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
                                        },
                                    },
                                },
                            }),
                    },
                },
            }),
        });

        Assert.Equal("REGIONAL", input.Text("Scope"));
        Assert.NotNull(input.At("DefaultAction.Allow"));
        var statements = input.At("Rules.0.Statement.AndStatement.Statements")!.AsArray();
        Assert.Equal("admin", Encoding.UTF8.GetString(Convert.FromBase64String(statements[0].Text("ByteMatchStatement.SearchString")!)));
        Assert.Equal("LOWERCASE", statements[0].Text("ByteMatchStatement.TextTransformations.0.Type"));
        Assert.StartsWith("arn:aws:wafv2:", statements[1].Text("NotStatement.Statement.IPSetReferenceStatement.ARN"));

        var parsed = Sdk.Receive("wafv2", "CreateWebACL", new JsonObject
        {
            ["Summary"] = new JsonObject
            {
                ["Name"] = "acl",
                ["Id"] = "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
                ["LockToken"] = "6b5a2f6e-0000-4d1e-9d3a-EXAMPLE00000",
                ["ARN"] = "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/acl/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
            },
        });
        Assert.Equal("acl", parsed.Text("Summary.Name"));
    }
}
