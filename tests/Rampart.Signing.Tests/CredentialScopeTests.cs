using Rampart.Signing;

namespace Rampart.Signing.Tests;

public class CredentialScopeTests
{
    [Fact]
    public void Each_credential_gets_its_own_parts_whatever_this_thread_parsed_before()
    {
        Assert.True(CredentialScope.TryParse("AKIAFIRST/20261123/us-east-1/sts/aws4_request", out var first));
        Assert.True(CredentialScope.TryParse("AKIASECOND/20261124/eu-west-1/kms/aws4_request/", out var second));
        Assert.False(CredentialScope.TryParse("AKIASECOND/20261124/eu-west-1/kms", out _));
        Assert.True(CredentialScope.TryParse("AKIAFIRST/20261123/us-east-1/sts/aws4_request", out var firstAgain));

        Assert.Equal(new CredentialScope("AKIAFIRST", "20261123", "us-east-1", "sts", "aws4_request"), first);
        Assert.Equal(new CredentialScope("AKIASECOND", "20261124", "eu-west-1", "kms", "aws4_request"), second);
        Assert.Equal(first, firstAgain);
    }

    [Fact]
    public void A_credential_that_only_starts_like_the_last_one_is_parsed_anew()
    {
        Assert.True(CredentialScope.TryParse("AKIAFIRST/20261123/us-east-1/sts/aws4_request", out _));

        Assert.False(CredentialScope.TryParse("AKIAFIRST/20261123/us-east-1/sts/aws4_request/extra", out _));
        Assert.True(CredentialScope.TryParse("AKIAFIRST/20261123/us-east-1/sts/aws4_requesx", out var other));
        Assert.Equal("aws4_requesx", other.Terminator);
    }
}
