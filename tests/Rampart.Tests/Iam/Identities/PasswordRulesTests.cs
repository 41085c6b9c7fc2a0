using Rampart.Iam.Passwords;

namespace Rampart.Tests.Iam.Identities;

public sealed class PasswordRulesTests
{
    private static readonly PasswordPolicyRecord Strict = new(10, true, true, true, true, true, 0, 3, false);

    [Theory]
    [InlineData("Abcdefg1", true)]
    [InlineData("abcdefg1!", true)]
    [InlineData("abcdefgh1", false)]
    [InlineData("Ab1!", false)]
    public void Without_a_policy_IAMs_default_wants_eight_characters_of_three_kinds(string password, bool accepted) =>
        Assert.Equal(accepted, PasswordRules.Satisfies(password, null));

    [Theory]
    [InlineData("Abcdefgh1!", true)]
    [InlineData("Abcdefgh1", false)]
    [InlineData("abcdefgh1!", false)]
    [InlineData("ABCDEFGH1!", false)]
    [InlineData("Abcdefghi!", false)]
    [InlineData("Abcdef1!", false)]
    public void A_policy_enforces_length_and_every_required_kind(string password, bool accepted) =>
        Assert.Equal(accepted, PasswordRules.Satisfies(password, Strict));

    [Fact]
    public void History_remembers_only_the_last_passwords_the_policy_counts()
    {
        var history = PasswordHistory.Empty();
        foreach (var password in new[] { "one", "two", "three", "four" })
        {
            history = history.With(history.HashOf(password));
        }
        Assert.True(history.ContainsRecent(history.HashOf("two"), 3));
        Assert.False(history.ContainsRecent(history.HashOf("one"), 3));
        Assert.False(history.ContainsRecent(history.HashOf("five"), 24));
    }
}
