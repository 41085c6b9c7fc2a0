using Rampart.Protocol.Models;

namespace Rampart.Protocol.Tests;

public class CatalogTests
{
    [Theory]
    [InlineData("iam", ProtocolKind.Query, "2010-05-08")]
    [InlineData("sts", ProtocolKind.Query, "2011-06-15")]
    [InlineData("kms", ProtocolKind.Json, "2014-11-01")]
    [InlineData("organizations", ProtocolKind.Json, "2016-11-28")]
    [InlineData("wafv2", ProtocolKind.Json, "2019-07-29")]
    [InlineData("shield", ProtocolKind.Json, "2016-06-02")]
    [InlineData("cloudtrail", ProtocolKind.Json, "2013-11-01")]
    [InlineData("acm", ProtocolKind.Json, "2015-12-08")]
    [InlineData("guardduty", ProtocolKind.RestJson, "2017-11-28")]
    [InlineData("securityhub", ProtocolKind.RestJson, "2018-10-26")]
    [InlineData("inspector2", ProtocolKind.RestJson, "2020-06-08")]
    [InlineData("artifact", ProtocolKind.RestJson, "2018-05-10")]
    [InlineData("access-analyzer", ProtocolKind.RestJson, "2019-11-01")]
    public void Every_embedded_model_loads_under_its_credential_scope_name(string name, ProtocolKind protocol, string version)
    {
        var service = ServiceCatalog.Default.Find(name);

        Assert.NotNull(service);
        Assert.Equal(name, service.Name);
        Assert.Equal(protocol, service.Protocol);
        Assert.Equal(version, service.ApiVersion);
        Assert.NotEmpty(service.Operations);
    }

    [Fact]
    public void The_catalog_holds_all_thirteen_services_and_finds_them_by_target_prefix()
    {
        Assert.Equal(13, ServiceCatalog.Default.ModelNames.Count());
        Assert.Equal("kms", ServiceCatalog.Default.FindByTargetPrefix("TrentService")?.Name);
        Assert.Equal("cloudtrail", ServiceCatalog.Default.FindByTargetPrefix("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101")?.Name);
        Assert.Null(ServiceCatalog.Default.Find("s3"));
    }

    [Fact]
    public void Operations_carry_http_binding_result_wrapper_and_errors()
    {
        var iam = ServiceCatalog.Default.Find("iam")!;
        var createUser = iam.FindOperation("CreateUser")!;
        Assert.Equal("CreateUserResult", createUser.ResultWrapper);
        Assert.Contains(createUser.Errors, e => e.ErrorCode == "EntityAlreadyExists" && e.ErrorStatusCode == 409);
        var userName = createUser.Input!.MembersByName["UserName"];
        Assert.True(userName.IsRequired);
        Assert.Equal(1, userName.Shape.Min);
        Assert.Equal(64, userName.Shape.Max);
        Assert.Equal("userName", userName.ValidationName);

        var getFindings = ServiceCatalog.Default.Find("guardduty")!.FindOperation("GetFindings")!;
        Assert.Equal("POST", getFindings.HttpMethod);
        Assert.Equal("/detector/{DetectorId}/findings/get", getFindings.RequestUri);
        Assert.Equal(MemberLocation.Uri, getFindings.Input!.MembersByName["DetectorId"].Location);
        Assert.Equal("findingIds", getFindings.Input.MembersByName["FindingIds"].WireName);
    }

    [Fact]
    public void Recursive_shapes_are_wired_to_the_same_shape_instance()
    {
        var wafv2 = ServiceCatalog.Default.Find("wafv2")!;
        var statement = wafv2.Shapes["Statement"];
        var andStatement = statement.MembersByName["AndStatement"].Shape;

        Assert.Same(statement, andStatement.MembersByName["Statements"].Shape.ListMember!.Shape);
    }

    [Fact]
    public void Traits_for_redaction_and_serialization_are_exposed()
    {
        var kms = ServiceCatalog.Default.Find("kms")!;
        Assert.True(kms.FindOperation("Encrypt")!.Input!.MembersByName["Plaintext"].Sensitive);
        Assert.Equal(ShapeType.Blob, kms.FindOperation("Encrypt")!.Output!.MembersByName["CiphertextBlob"].Shape.Type);
        Assert.Equal("application/x-amz-json-1.1", kms.JsonContentType);
        Assert.Equal("https://iam.amazonaws.com/doc/2010-05-08/", ServiceCatalog.Default.Find("iam")!.XmlNamespace);
        Assert.Contains("Active", ServiceCatalog.Default.Find("iam")!.Shapes["statusType"].EnumValues!);
    }
}
