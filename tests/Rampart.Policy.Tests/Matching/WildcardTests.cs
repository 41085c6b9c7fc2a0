namespace Rampart.Policy.Tests;

// Follows "IAM JSON policy elements: Resource" (wildcards) — direct checks of the matcher.
public class WildcardTests
{
    [Theory]
    [InlineData("", "", true)]
    [InlineData("", "a", false)]
    [InlineData("*", "", true)]
    [InlineData("**", "abc", true)]
    [InlineData("a*b*c", "aXbYc", true)]
    [InlineData("a*b*c", "aXbY", false)]
    [InlineData("a?c", "ac", false)]
    [InlineData("*a", "bbbba", true)]
    [InlineData("*ab", "aab", true)]
    [InlineData("a*a*a", "aaa", true)]
    [InlineData("a*a*a", "aa", false)]
    public void GlobCases(string pattern, string input, bool expected) =>
        Assert.Equal(expected, Wildcard.IsMatch(pattern, default, input, ignoreCase: false));

    [Fact]
    public void LiteralMaskTurnsWildcardCharactersIntoText()
    {
        Assert.True(Wildcard.IsMatch("a*", [0, 1], "a*", ignoreCase: false));
        Assert.False(Wildcard.IsMatch("a*", [0, 1], "ab", ignoreCase: false));
    }
}
