using Rampart.Storage.Items;

namespace Rampart.Storage.Tests;

public sealed class KeyRangeTests
{
    [Theory]
    [InlineData("a", "b")]
    [InlineData("user/", "user0")]
    [InlineData("a\uD7FF", "a\uE000")]
    [InlineData("x\U0010FFFF", "y")]
    [InlineData("\U0001F600", "\U0001F601")]
    public void The_upper_bound_is_the_next_string_after_every_key_with_the_prefix(string prefix, string expected)
    {
        Assert.Equal(expected, KeyRange.UpperBound(prefix));
    }

    [Fact]
    public void A_prefix_of_only_the_last_code_point_has_no_upper_bound()
    {
        Assert.Null(KeyRange.UpperBound("\U0010FFFF\U0010FFFF"));
    }
}
