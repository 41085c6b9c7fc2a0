using Rampart.Audit;

namespace Rampart.Tests.Audit;

public class RecordMemberNameTests
{
    [Theory]
    [InlineData("UserName", "userName")]
    [InlineData("AccessKeyId", "accessKeyId")]
    [InlineData("PolicyARN", "policyArn")]
    [InlineData("KMSKeyId", "kmsKeyId")]
    [InlineData("SAMLAssertion", "samlAssertion")]
    [InlineData("DurationSeconds", "durationSeconds")]
    [InlineData("Sha256Digest", "sha256Digest")]
    [InlineData("ARN", "arn")]
    [InlineData("keyId", "keyId")]
    public void WritesMemberNamesInCloudTrailsLowerCamelForm(string modelName, string recordName) =>
        Assert.Equal(recordName, RecordMemberName.Of(modelName));
}
