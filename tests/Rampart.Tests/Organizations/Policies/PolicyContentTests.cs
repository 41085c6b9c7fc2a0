using Rampart.Organizations.Policies;
using Rampart.Protocol;

namespace Rampart.Tests.Organizations.Policies;

/// <summary>Policy content checked against its type's size limit and syntax.</summary>
public sealed class PolicyContentTests
{
    [Fact]
    public void An_scp_over_5120_characters_violates_the_content_limit()
    {
        var padding = new string(' ', 5121 - 80);
        var content = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}""" + padding;

        var error = Assert.Throws<AwsException>(() => PolicyContent.Validate(OrganizationPolicyType.ServiceControl, content));

        Assert.Equal("ConstraintViolationException", error.Error.Code);
        Assert.Equal("POLICY_CONTENT_LIMIT_EXCEEDED", error.Error.Details!["Reason"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}""")]
    [InlineData("""{"Version":"2008-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}""")]
    [InlineData("""{"Statement":""")]
    public void An_scp_the_engine_rejects_is_a_malformed_document(string content)
    {
        var error = Assert.Throws<AwsException>(() => PolicyContent.Validate(OrganizationPolicyType.ServiceControl, content));

        Assert.Equal("MalformedPolicyDocumentException", error.Error.Code);
        Assert.Equal("The provided policy document does not meet the requirements of the specified policy type.", error.Error.Message);
    }

    [Fact]
    public void An_rcp_must_name_a_principal_and_a_valid_one_passes()
    {
        Assert.Throws<AwsException>(() => PolicyContent.Validate(OrganizationPolicyType.ResourceControl,
            """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}"""));

        PolicyContent.Validate(OrganizationPolicyType.ResourceControl,
            """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}""");
    }

    [Fact]
    public void Management_policies_have_their_own_size_limits()
    {
        var content = "{\"x\":{\"@@assign\":\"" + new string('a', 2600) + "\"}}";

        var error = Assert.Throws<AwsException>(() => PolicyContent.Validate(OrganizationPolicyType.AiServicesOptOut, content));

        Assert.Equal("ConstraintViolationException", error.Error.Code);
        PolicyContent.Validate(OrganizationPolicyType.Tag, content);
    }
}
