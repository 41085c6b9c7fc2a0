using Rampart.Storage.Secrets;

namespace Rampart.Storage.Tests.Secrets;

public sealed class PasswordHasherTests
{
    private static readonly PasswordHasher Hasher = new();

    [Fact]
    public void The_right_password_verifies_and_a_wrong_one_does_not()
    {
        var hash = Hasher.Hash("correct horse battery staple");

        Assert.True(Hasher.Verify("correct horse battery staple", hash));
        Assert.False(Hasher.Verify("correct horse battery stapler", hash));
        Assert.False(Hasher.Verify(string.Empty, hash));
    }

    [Fact]
    public void The_hash_names_its_algorithm_and_cost_and_never_contains_the_password()
    {
        var hash = Hasher.Hash("Pa55word!");

        Assert.StartsWith("$pbkdf2-sha256$i=600000$", hash, StringComparison.Ordinal);
        Assert.DoesNotContain("Pa55word!", hash, StringComparison.Ordinal);
        Assert.Equal(5, hash.Split('$').Length);
    }

    [Fact]
    public void Hashing_the_same_password_twice_uses_different_salts()
    {
        Assert.NotEqual(Hasher.Hash("same"), Hasher.Hash("same"));
    }

    [Fact]
    public void A_hash_made_with_other_parameters_still_verifies_and_asks_for_a_rehash()
    {
        var stronger = new PasswordHasher(700_000);
        var hash = stronger.Hash("päss wörd");

        Assert.True(Hasher.Verify("päss wörd", hash));
        Assert.True(Hasher.NeedsRehash(hash));
        Assert.False(stronger.NeedsRehash(hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("$pbkdf2-sha256$i=600000$c2FsdA$")]
    [InlineData("$pbkdf2-sha512$i=600000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$pbkdf2-sha256$i=999999999$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$pbkdf2-sha256$i=600000$!!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void An_unreadable_hash_never_verifies(string encoded)
    {
        Assert.False(Hasher.Verify("anything", encoded));
        Assert.True(Hasher.NeedsRehash(encoded));
    }

    [Fact]
    public void Fewer_iterations_than_the_floor_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PasswordHasher(100_000));
    }
}
