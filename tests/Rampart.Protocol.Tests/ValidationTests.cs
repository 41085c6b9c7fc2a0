using System.Text;
using Rampart.Protocol.Routing;

namespace Rampart.Protocol.Tests;

/// <summary>Server-side validation with each protocol's error code and AWS's message form.</summary>
public class ValidationTests
{
    private static AwsException DecodeFails(WireRequest request, string scope)
    {
        var route = RequestRouter.Default.Resolve(request, scope);
        return Assert.Throws<AwsException>(() => ProtocolCodec.DecodeInput(route, request));
    }

    private static WireRequest Form(string body) =>
        new("POST", "/", "", [new("Content-Type", "application/x-www-form-urlencoded")], Encoding.UTF8.GetBytes(body));

    private static WireRequest Json(string target, string body) =>
        new("POST", "/", "", [new("X-Amz-Target", target)], Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Missing_required_query_member_is_ValidationError_with_lowerCamel_name()
    {
        var error = DecodeFails(Form("Action=CreateUser&Version=2010-05-08"), "iam");

        Assert.Equal("ValidationError", error.Error.Code);
        Assert.Equal(400, error.Error.StatusCode);
        Assert.Equal("1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null", error.Error.Message);
    }

    [Fact]
    public void Several_violations_are_counted_and_joined()
    {
        var error = DecodeFails(Form("Action=CreateUser&Version=2010-05-08&Path=nopath&Tags.member.1.Value=v"), "iam");

        Assert.Equal(
            "3 validation errors detected: "
            + "Value 'nopath' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F); "
            + "Value null at 'userName' failed to satisfy constraint: Member must not be null; "
            + "Value null at 'tags.1.member.key' failed to satisfy constraint: Member must not be null",
            error.Error.Message);
    }

    [Fact]
    public void Length_pattern_and_enum_constraints_use_AWS_wording()
    {
        var tooLong = DecodeFails(Form("Action=GetUser&Version=2010-05-08&UserName=" + new string('a', 129)), "iam");
        Assert.Contains("at 'userName' failed to satisfy constraint: Member must have length less than or equal to 128", tooLong.Error.Message);

        var badPattern = DecodeFails(Form("Action=GetUser&Version=2010-05-08&UserName=bad%20name"), "iam");
        Assert.Equal(
            "1 validation error detected: Value 'bad name' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
            badPattern.Error.Message);

        var badEnum = DecodeFails(Form("Action=UpdateAccessKey&Version=2010-05-08&AccessKeyId=AKIAIOSFODNN7EXAMPLE&Status=Paused"), "iam");
        Assert.Equal(
            "1 validation error detected: Value 'Paused' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive, Expired]",
            badEnum.Error.Message);
    }

    [Fact]
    public void Numeric_ranges_are_checked()
    {
        var error = DecodeFails(Form("Action=ListUsers&Version=2010-05-08&MaxItems=0"), "iam");

        Assert.Equal(
            "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1",
            error.Error.Message);
    }

    [Fact]
    public void Pattern_backslash_w_is_ascii_only_as_in_Java()
    {
        var error = DecodeFails(Form("Action=GetUser&Version=2010-05-08&UserName=%C3%A9l%C3%A8ve"), "iam");

        Assert.Contains("Member must satisfy regular expression pattern", error.Error.Message);
    }

    [Fact]
    public void Patterns_match_the_whole_value_including_a_trailing_newline()
    {
        var error = DecodeFails(Form("Action=GetUser&Version=2010-05-08&UserName=alice%0A"), "iam");

        Assert.Contains("at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern", error.Error.Message);
    }

    [Fact]
    public void Json_services_answer_ValidationException_and_hide_sensitive_values()
    {
        var missing = DecodeFails(Json("TrentService.Encrypt", """{"KeyId":"alias/x"}"""), "kms");
        Assert.Equal("ValidationException", missing.Error.Code);
        Assert.Equal("1 validation error detected: Value null at 'plaintext' failed to satisfy constraint: Member must not be null", missing.Error.Message);

        var tooLong = DecodeFails(Json("TrentService.Encrypt",
            $$"""{"KeyId":"alias/x","Plaintext":"{{Convert.ToBase64String(new byte[4097])}}"}"""), "kms");
        Assert.Equal(
            "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
            tooLong.Error.Message);
    }

    [Fact]
    public void Rest_json_services_answer_with_their_modeled_validation_error()
    {
        var request = new WireRequest("POST", "/detector", "", [], Encoding.UTF8.GetBytes("{}"));

        var error = DecodeFails(request, "guardduty");

        Assert.Equal("BadRequestException", error.Error.Code);
        Assert.Equal("1 validation error detected: Value null at 'enable' failed to satisfy constraint: Member must not be null", error.Error.Message);
    }

    [Fact]
    public void Services_answer_the_input_error_they_declare_with_its_reason_and_fields()
    {
        var organizations = Models.ServiceCatalog.Default.Find("organizations")!;
        var orgError = DecodeFails(Json("AWSOrganizationsV20161128.CreateAccount", """{"AccountName":"dev"}"""), "organizations");
        Assert.Equal("InvalidInputException", orgError.Error.Code);
        var parsed = Botocore.Parse("organizations", "CreateAccount", ProtocolCodec.EncodeError(organizations, orgError.Error, Sdk.RequestId));
        Assert.Equal("InvalidInputException", parsed.Text("Error.Code"));
        Assert.Equal("1 validation error detected: Value null at 'email' failed to satisfy constraint: Member must not be null", parsed.Text("Error.Message"));
        Assert.Equal("INPUT_REQUIRED", parsed.Text("Reason"));

        var analyzer = Models.ServiceCatalog.Default.Find("access-analyzer")!;
        var request = new WireRequest("PUT", "/analyzer", "", [], Encoding.UTF8.GetBytes("""{"type":"SIDEWAYS"}"""));
        var aaError = DecodeFails(request, "access-analyzer");
        var aaParsed = Botocore.Parse("accessanalyzer", "CreateAnalyzer", ProtocolCodec.EncodeError(analyzer, aaError.Error, Sdk.RequestId));
        Assert.Equal("ValidationException", aaParsed.Text("Error.Code"));
        Assert.Equal("fieldValidationFailed", aaParsed.Text("reason"));
        Assert.Equal("analyzerName", aaParsed.Text("fieldList.0.name"));
        Assert.Equal("type", aaParsed.Text("fieldList.1.name"));

        Assert.Equal("InvalidInputException", Validation.ValidationFailure.CodeFor(Models.ServiceCatalog.Default.Find("securityhub")!));
        Assert.Equal("ValidationException", Validation.ValidationFailure.CodeFor(Models.ServiceCatalog.Default.Find("kms")!));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"KeyId": 5, "Plaintext": "aGk="}""")]
    [InlineData("""{"KeyId": "k", "Plaintext": "%%%"}""")]
    [InlineData("""{"KeyId": "k", "Plaintext": "aGk="} trailing""")]
    public void Malformed_json_bodies_are_SerializationException(string body)
    {
        var error = DecodeFails(Json("TrentService.Encrypt", body), "kms");

        Assert.Equal("SerializationException", error.Error.Code);
        Assert.Equal(400, error.Error.StatusCode);
    }

    [Fact]
    public void Misplaced_objects_use_AWS_serialization_wording()
    {
        var error = DecodeFails(Json("TrentService.Encrypt", """{"KeyId": {"a": 1}, "Plaintext": "aGk="}"""), "kms");

        Assert.Equal("Start of structure or map found where not expected.", error.Error.Message);
    }

    [Fact]
    public void Malformed_query_numbers_are_validation_errors()
    {
        var error = DecodeFails(Form("Action=ListUsers&Version=2010-05-08&MaxItems=many"), "iam");

        Assert.Equal("ValidationError", error.Error.Code);
        Assert.Contains("Value 'many' at 'maxItems'", error.Error.Message);
    }

    [Fact]
    public void Validation_errors_reach_botocore_as_its_error_code_and_message()
    {
        var request = Form("Action=CreateUser&Version=2010-05-08");
        var route = RequestRouter.Default.Resolve(request, "iam");
        var error = Assert.Throws<AwsException>(() => ProtocolCodec.DecodeInput(route, request));

        var parsed = Botocore.Parse("iam", "CreateUser", ProtocolCodec.EncodeError(route.Service, error.Error, Sdk.RequestId));

        Assert.Equal("ValidationError", parsed.Text("Error.Code"));
        Assert.Equal("1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null", parsed.Text("Error.Message"));
    }
}
