using System.Text;
using System.Xml.Linq;
using Rampart.Protocol.Models;
using Rampart.Protocol.Routing;

namespace Rampart.Protocol.Tests;

public class RoutingTests
{
    private static WireRequest Form(string body, string query = "") =>
        new("POST", "/", query, [new("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")], Encoding.UTF8.GetBytes(body));

    private static WireRequest Json(string target, string body = "{}") =>
        new("POST", "/", "", [new("X-Amz-Target", target), new("Content-Type", "application/x-amz-json-1.1")], Encoding.UTF8.GetBytes(body));

    private static WireRequest Rest(string method, string path, string query = "") =>
        new(method, path, query, [new("Content-Type", "application/json")], Encoding.UTF8.GetBytes("{}"));

    [Fact]
    public void Query_requests_route_by_credential_scope_and_Action()
    {
        var match = RequestRouter.Default.Resolve(Form("Action=ListUsers&Version=2010-05-08"), "iam");

        Assert.Equal("iam", match.Service.Name);
        Assert.Equal("ListUsers", match.Operation.Name);
    }

    [Fact]
    public void Query_GET_requests_take_Action_from_the_query_string()
    {
        var request = new WireRequest("GET", "/", "Action=GetCallerIdentity&Version=2011-06-15", [], ReadOnlyMemory<byte>.Empty);

        Assert.Equal("GetCallerIdentity", RequestRouter.Default.Resolve(request, "sts").Operation.Name);
    }

    [Theory]
    [InlineData("Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=x", "sts")]
    [InlineData("Action=AssumeRoleWithSAML&Version=2011-06-15", "sts")]
    [InlineData("Action=GetUser&Version=2010-05-08", "iam")]
    public void Unsigned_query_requests_pick_the_service_by_Version(string body, string service)
    {
        Assert.Equal(service, RequestRouter.Default.Resolve(Form(body), scopeService: null).Service.Name);
    }

    [Fact]
    public void Unknown_query_action_is_InvalidAction_with_AWS_wording()
    {
        var error = Assert.Throws<AwsException>(() => RequestRouter.Default.Resolve(Form("Action=FlyToTheMoon&Version=2010-05-08"), "iam"));

        Assert.Equal("InvalidAction", error.Error.Code);
        Assert.Equal("Could not find operation FlyToTheMoon for version 2010-05-08", error.Error.Message);
        Assert.Equal(400, error.Error.StatusCode);
    }

    [Fact]
    public void Query_action_under_another_version_is_InvalidAction()
    {
        var error = Assert.Throws<AwsException>(() => RequestRouter.Default.Resolve(Form("Action=GetUser&Version=2011-06-15"), "iam"));

        Assert.Equal("Could not find operation GetUser for version 2011-06-15", error.Error.Message);
    }

    [Fact]
    public void Query_request_without_Action_is_MissingAction()
    {
        var error = Assert.Throws<AwsException>(() => RequestRouter.Default.Resolve(Form("Version=2011-06-15"), "sts"));

        Assert.Equal("MissingAction", error.Error.Code);
    }

    [Fact]
    public void Json_requests_route_by_X_Amz_Target_signed_or_not()
    {
        Assert.Equal("Encrypt", RequestRouter.Default.Resolve(Json("TrentService.Encrypt"), "kms").Operation.Name);
        Assert.Equal("ListWebACLs", RequestRouter.Default.Resolve(Json("AWSWAF_20190729.ListWebACLs"), null).Operation.Name);
        Assert.Equal("LookupEvents", RequestRouter.Default.Resolve(
            Json("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents"), "cloudtrail").Operation.Name);
    }

    [Theory]
    [InlineData("TrentService.FlyToTheMoon", "kms")]
    [InlineData("AWSShield_20160616.ListProtections", "kms")]
    [InlineData("NoDotAtAll", "kms")]
    [InlineData("Nobody_20200101.Anything", null)]
    public void Unknown_json_operations_are_UnknownOperationException(string target, string? scope)
    {
        var error = Assert.Throws<AwsException>(() => RequestRouter.Default.Resolve(Json(target), scope));

        Assert.Equal("UnknownOperationException", error.Error.Code);
        Assert.Equal(400, error.Error.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/detector", "", "CreateDetector")]
    [InlineData("GET", "/detector", "", "ListDetectors")]
    [InlineData("GET", "/detector/abc", "", "GetDetector")]
    [InlineData("DELETE", "/detector/abc", "", "DeleteDetector")]
    [InlineData("POST", "/detector/abc/findings/get", "", "GetFindings")]
    [InlineData("POST", "/detector/abc/findings", "", "ListFindings")]
    [InlineData("GET", "/tags/arn%3Aaws%3Aguardduty%3Aus-east-1%3A123456789012%3Adetector%2Fabc", "", "ListTagsForResource")]
    public void Rest_requests_route_by_method_and_uri_template(string method, string path, string query, string operation)
    {
        Assert.Equal(operation, RequestRouter.Default.Resolve(Rest(method, path, query), "guardduty").Operation.Name);
    }

    [Fact]
    public void Rest_routes_are_disambiguated_by_the_credential_scope()
    {
        var request = Rest("GET", "/tags/arn%3Aaws%3Ax");

        Assert.Equal("guardduty", RequestRouter.Default.Resolve(request, "guardduty").Service.Name);
        Assert.Equal("inspector2", RequestRouter.Default.Resolve(request, "inspector2").Service.Name);
    }

    [Fact]
    public void Unknown_rest_paths_are_UnknownOperationException()
    {
        var error = Assert.Throws<AwsException>(() => RequestRouter.Default.Resolve(Rest("PATCH", "/no/such/thing"), "guardduty"));

        Assert.Equal("UnknownOperationException", error.Error.Code);
    }

    [Fact]
    public void Unknown_scope_service_is_an_aws_shaped_error_encoded_in_the_requests_protocol()
    {
        var request = Form("Action=ListBuckets&Version=2006-03-01");
        var error = Assert.Throws<AwsException>(() => RequestRouter.Default.Resolve(request, "s3"));
        Assert.Equal("UnknownServiceException", error.Error.Code);

        var response = ProtocolCodec.EncodeError(request, "s3", error.Error, Sdk.RequestId);
        var xml = XDocument.Parse(Encoding.UTF8.GetString(response.Body.Span));
        Assert.Equal("ErrorResponse", xml.Root!.Name.LocalName);
        Assert.Equal("UnknownServiceException", xml.Descendants().Single(e => e.Name.LocalName == "Code").Value);
    }

    [Fact]
    public void Routing_errors_of_json_requests_encode_as_json_errors_botocore_reads()
    {
        var request = Json("TrentService.FlyToTheMoon");
        var error = Assert.Throws<AwsException>(() => RequestRouter.Default.Resolve(request, "kms"));

        var response = ProtocolCodec.EncodeError(request, "kms", error.Error, Sdk.RequestId);
        var parsed = Botocore.Parse("kms", "Encrypt", response);

        Assert.Equal("UnknownOperationException", parsed.Text("Error.Code"));
        Assert.Equal(400, response.StatusCode);
        Assert.Equal("""{"__type":"UnknownOperationException"}""", Encoding.UTF8.GetString(response.Body.Span));
        Assert.Equal(ProtocolKind.Json, RequestRouter.ProtocolOf(request));
    }
}
