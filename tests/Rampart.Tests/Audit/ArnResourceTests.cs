using Rampart.Audit;

namespace Rampart.Tests.Audit;

public class ArnResourceTests
{
    [Theory]
    [InlineData("arn:aws:iam::123456789012:user/division/alice", "AWS::IAM::User", "alice")]
    [InlineData("arn:aws:iam::123456789012:role/deploy", "AWS::IAM::Role", "deploy")]
    [InlineData("arn:aws:iam::123456789012:instance-profile/web", "AWS::IAM::InstanceProfile", "web")]
    [InlineData("arn:aws:iam::123456789012:mfa/alice", "AWS::IAM::MFADevice", "alice")]
    [InlineData("arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "AWS::KMS::Key",
        "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws:wafv2:us-east-1:123456789012:regional/webacl/site/a1b2", "AWS::WAFv2::WebACL",
        "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/site/a1b2")]
    public void NamesTheTypeAndNameEventHistoryShows(string arn, string type, string name)
    {
        var resource = ArnResource.Parse(arn);

        Assert.NotNull(resource);
        Assert.Equal(type, resource.Type);
        Assert.Equal(name, resource.Name);
        Assert.Equal("123456789012", resource.AccountId);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("arn:aws:iam")]
    [InlineData("not-an-arn:aws:iam::1:user/a")]
    public void IgnoresWhatIsNotAnArn(string text) => Assert.Null(ArnResource.Parse(text));
}
