using System.Security.Cryptography;
using System.Text;
using Rampart.Storage.Secrets;

namespace Rampart.Storage.Tests.Secrets;

public sealed class SecretProtectorTests
{
    private static readonly byte[] Owner = Encoding.UTF8.GetBytes("AKIAIOSFODNN7EXAMPLE");
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    [Fact]
    public void Unprotect_returns_what_was_protected()
    {
        using var protector = NewProtector();

        var sealedSecret = protector.Protect(Secret, Owner);

        Assert.Equal(Secret, protector.Unprotect(sealedSecret, Owner));
        Assert.Equal(SecretProtector.FormatVersion, sealedSecret[0]);
        Assert.Equal(Secret.Length + 33, sealedSecret.Length);
    }

    [Fact]
    public void An_empty_secret_round_trips()
    {
        using var protector = NewProtector();

        Assert.Empty(protector.Unprotect(protector.Protect([], Owner), Owner));
    }

    [Fact]
    public void Protecting_the_same_secret_twice_gives_different_ciphertexts()
    {
        using var protector = NewProtector();

        Assert.NotEqual(protector.Protect(Secret, Owner), protector.Protect(Secret, Owner));
    }

    [Fact]
    public void The_ciphertext_does_not_contain_the_secret()
    {
        using var protector = NewProtector();

        var sealedSecret = protector.Protect(Secret, Owner);

        Assert.Equal(-1, sealedSecret.AsSpan().IndexOf(Secret));
    }

    [Fact]
    public void Every_altered_byte_is_detected()
    {
        using var protector = NewProtector();
        var sealedSecret = protector.Protect(Secret, Owner);

        for (var index = 0; index < sealedSecret.Length; index++)
        {
            var altered = (byte[])sealedSecret.Clone();
            altered[index] ^= 0x01;
            Assert.Throws<SecretUnprotectException>(() => protector.Unprotect(altered, Owner));
        }
    }

    [Fact]
    public void A_secret_moved_to_another_owner_is_refused()
    {
        using var protector = NewProtector();
        var sealedSecret = protector.Protect(Secret, Owner);

        var refused = Assert.Throws<SecretUnprotectException>(() => protector.Unprotect(sealedSecret, Encoding.UTF8.GetBytes("AKIAOTHEROWNER000001")));

        Assert.Contains("altered or belongs to another owner", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_made_under_another_master_key_is_refused_with_that_reason()
    {
        using var first = NewProtector();
        using var second = NewProtector();

        var refused = Assert.Throws<SecretUnprotectException>(() => second.Unprotect(first.Protect(Secret, Owner), Owner));

        Assert.Contains("different master key", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_and_unknown_version_data_are_refused()
    {
        using var protector = NewProtector();
        var sealedSecret = protector.Protect(Secret, Owner);
        var futureVersion = (byte[])sealedSecret.Clone();
        futureVersion[0] = 2;

        Assert.Contains("truncated", Assert.Throws<SecretUnprotectException>(() => protector.Unprotect(sealedSecret.AsSpan(0, 20), Owner)).Message, StringComparison.Ordinal);
        Assert.Contains("version 2", Assert.Throws<SecretUnprotectException>(() => protector.Unprotect(futureVersion, Owner)).Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<CryptographicException>(new SecretUnprotectException("x"));
    }

    [Fact]
    public void The_same_master_key_opens_secrets_after_a_restart()
    {
        var key = RandomNumberGenerator.GetBytes(MasterKey.SizeInBytes);
        byte[] sealedSecret;
        using (var before = new SecretProtector(new FixedMasterKeySource(key)))
        {
            sealedSecret = before.Protect(Secret, Owner);
        }

        using var after = new SecretProtector(new FixedMasterKeySource(key));

        Assert.Equal(Secret, after.Unprotect(sealedSecret, Owner));
    }

    [Fact]
    public void A_master_key_of_the_wrong_size_is_refused()
    {
        Assert.Throws<MasterKeyException>(() => new SecretProtector(new FixedMasterKeySource(new byte[16])));
    }

    private static SecretProtector NewProtector() => new(new FixedMasterKeySource(RandomNumberGenerator.GetBytes(MasterKey.SizeInBytes)));
}
