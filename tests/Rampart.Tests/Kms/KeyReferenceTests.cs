using Rampart.Identity;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Protocol;

namespace Rampart.Tests.Kms;

public sealed class KeyReferenceTests
{
    private const string KeyId = "1234abcd-12ab-34cd-56ef-1234567890ab";
    private static readonly CallContext Call = new(
        Principal.Root("111122223333", "AKIAEXAMPLE"), "eu-west-1", "req", DateTimeOffset.UnixEpoch, "127.0.0.1", null, false);

    [Fact]
    public void A_key_ID_names_a_key_in_the_callers_account_and_region()
    {
        var reference = KeyReference.Parse(KeyId, Call);
        Assert.Equal($"arn:aws:kms:eu-west-1:111122223333:key/{KeyId}", reference.Arn);
        Assert.False(reference.IsAlias);
    }

    [Fact]
    public void ARNs_name_their_own_account_and_region()
    {
        var key = KeyReference.Parse($"arn:aws:kms:us-west-2:444455556666:key/{KeyId}", Call);
        Assert.Equal(("444455556666", "us-west-2", KeyId), (key.AccountId, key.Region, key.KeyId));
        var alias = KeyReference.Parse("arn:aws:kms:us-west-2:444455556666:alias/app", Call);
        Assert.Equal(("444455556666", "alias/app"), (alias.AccountId, alias.AliasName));
    }

    [Fact]
    public void An_alias_name_is_in_the_callers_account_and_region()
    {
        var alias = KeyReference.Parse("alias/app", Call);
        Assert.Equal("arn:aws:kms:eu-west-1:111122223333:alias/app", alias.Arn);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("1234ABCD-12AB-34CD-56EF-1234567890AB")]
    [InlineData("arn:aws:kms:us-west-2:444455556666:key/not-a-key")]
    [InlineData("arn:aws:s3:::bucket")]
    public void Anything_else_is_NotFoundException(string keyId)
    {
        var error = Assert.Throws<AwsException>(() => KeyReference.Parse(keyId, Call));
        Assert.Equal("NotFoundException", error.Error.Code);
        Assert.Equal($"Invalid keyId '{keyId}'", error.Message);
    }
}
