using System.Text;
using System.Text.Json.Nodes;

namespace Rampart.Protocol.Tests;

/// <summary>GuardDuty over REST-JSON, checked against botocore's serializer and parser.</summary>
public class RestJsonProtocolTests
{
    [Fact]
    public void GuardDuty_CreateDetector_decodes_body_with_wire_names_and_encodes_detector_id()
    {
        var (route, input) = Sdk.Send("guardduty", "CreateDetector", new JsonObject
        {
            ["Enable"] = true,
            ["FindingPublishingFrequency"] = "FIFTEEN_MINUTES",
            ["Tags"] = new JsonObject { ["env"] = "test" },
        });

        Assert.Equal("CreateDetector", route.Operation.Name);
        Assert.True(input["Enable"]!.GetValue<bool>());
        Assert.Equal("FIFTEEN_MINUTES", input.Text("FindingPublishingFrequency"));
        Assert.Equal("test", input["Tags"]!["env"]!.GetValue<string>());

        var response = ProtocolCodec.EncodeOutput(route, new JsonObject { ["DetectorId"] = "12abc34d567e8fa901bc2d34e56789f0" }, Sdk.RequestId);
        Assert.Contains("\"detectorId\":", Encoding.UTF8.GetString(response.Body.Span));
        var parsed = Botocore.Parse("guardduty", "CreateDetector", response);
        Assert.Equal("12abc34d567e8fa901bc2d34e56789f0", parsed.Text("DetectorId"));
    }

    [Fact]
    public void GuardDuty_GetFindings_takes_the_detector_from_the_uri_label()
    {
        var (route, input) = Sdk.Send("guardduty", "GetFindings", new JsonObject
        {
            ["DetectorId"] = "det/with space",
            ["FindingIds"] = new JsonArray("f1", "f2"),
            ["SortCriteria"] = new JsonObject { ["AttributeName"] = "severity", ["OrderBy"] = "DESC" },
        });

        Assert.Equal("GetFindings", route.Operation.Name);
        Assert.Equal("det/with space", input.Text("DetectorId"));
        Assert.Equal("f2", input.Text("FindingIds.1"));
        Assert.Equal("DESC", input.Text("SortCriteria.OrderBy"));
    }

    [Fact]
    public void GuardDuty_GetFindings_output_with_nested_findings_parses_in_botocore()
    {
        var parsed = Sdk.Receive("guardduty", "GetFindings", new JsonObject
        {
            ["Findings"] = new JsonArray(new JsonObject
            {
                ["AccountId"] = "123456789012",
                ["Arn"] = "arn:aws:guardduty:us-east-1:123456789012:detector/d/finding/f1",
                ["CreatedAt"] = "2024-03-01T10:00:00.000Z",
                ["Id"] = "f1",
                ["Region"] = "us-east-1",
                ["Resource"] = new JsonObject
                {
                    ["ResourceType"] = "AccessKey",
                    ["AccessKeyDetails"] = new JsonObject { ["AccessKeyId"] = "AKIAEXAMPLE", ["UserName"] = "alice" },
                },
                ["SchemaVersion"] = "2.0",
                ["Severity"] = 5.5,
                ["Type"] = "UnauthorizedAccess:IAMUser/ConsoleLogin",
                ["UpdatedAt"] = "2024-03-01T10:00:00.000Z",
                ["Service"] = new JsonObject { ["Count"] = 3, ["Archived"] = false },
            }),
        });

        Assert.Equal(5.5, parsed["Findings"]![0]!["Severity"]!.GetValue<double>());
        Assert.Equal("alice", parsed.Text("Findings.0.Resource.AccessKeyDetails.UserName"));
        Assert.Equal(3, parsed["Findings"]![0]!["Service"]!["Count"]!.GetValue<int>());
    }

    [Fact]
    public void GuardDuty_ListDetectors_reads_query_string_members()
    {
        var (route, input) = Sdk.Send("guardduty", "ListDetectors", new JsonObject { ["MaxResults"] = 10, ["NextToken"] = "tok en" });

        Assert.Equal("ListDetectors", route.Operation.Name);
        Assert.Equal(10, input["MaxResults"]!.GetValue<int>());
        Assert.Equal("tok en", input.Text("NextToken"));
    }

    [Fact]
    public void Rest_json_errors_carry_the_error_type_header_and_parse_in_botocore()
    {
        var (parsed, response) = Sdk.ReceiveError("guardduty", "GetDetector",
            new ServiceError("BadRequestException", "The request is rejected because the input detectorId is not owned by the current account."));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("BadRequestException", response.Header("x-amzn-ErrorType"));
        Assert.Equal("BadRequestException", parsed.Text("Error.Code"));
        Assert.Equal("The request is rejected because the input detectorId is not owned by the current account.", parsed.Text("Error.Message"));
    }

    [Fact]
    public void Securityhub_resource_arn_labels_are_percent_decoded()
    {
        var (route, input) = Sdk.Send("securityhub", "ListTagsForResource", new JsonObject
        {
            ["ResourceArn"] = "arn:aws:securityhub:us-east-1:123456789012:hub/default",
        });

        Assert.Equal("ListTagsForResource", route.Operation.Name);
        Assert.Equal("arn:aws:securityhub:us-east-1:123456789012:hub/default", input.Text("ResourceArn"));
    }
}
