using Rampart.Iam.Common;
using Rampart.Protocol;

namespace Rampart.Tests.Iam.Identities;

public sealed class IamRulesTests
{
    [Fact]
    public void Tag_keys_compare_without_case_and_the_aws_prefix_is_reserved()
    {
        var merged = IamTags.Merge([new IamTag("Team", "a"), new IamTag("env", "dev")], [new IamTag("TEAM", "b")], "User");
        Assert.Equal([new IamTag("env", "dev"), new IamTag("TEAM", "b")], merged);
        Assert.Equal("InvalidInput", Assert.Throws<AwsException>(() => IamTags.CheckRequested([new IamTag("AWS:x", "1")])).Error.Code);
        Assert.Equal("InvalidInput", Assert.Throws<AwsException>(() => IamTags.CheckRequested([new IamTag("k", "1"), new IamTag("K", "2")])).Error.Code);
    }

    [Fact]
    public void An_entity_holds_at_most_fifty_tags()
    {
        IamTag[] fifty = [.. Enumerable.Range(0, 50).Select(i => new IamTag($"k{i}", "v"))];
        Assert.Equal(50, IamTags.Merge(fifty[..25], fifty[25..], "User").Count);
        var error = Assert.Throws<AwsException>(() => IamTags.Merge(fifty, [new IamTag("one-more", "v")], "User")).Error;
        Assert.Equal(("LimitExceeded", 409), (error.Code, error.StatusCode));
    }

    [Fact]
    public void A_path_prefix_never_reaches_into_names()
    {
        var bobAtA = IamPath.ListingKey("/a/", "BOB");
        Assert.False(bobAtA.StartsWith("/a/B", StringComparison.Ordinal));
        Assert.StartsWith("/a/", bobAtA, StringComparison.Ordinal);
        Assert.StartsWith("/a/B", IamPath.ListingKey("/a/Bx/", "x"), StringComparison.Ordinal);
    }

    [Fact]
    public void Arns_and_ids_have_IAMs_shapes()
    {
        Assert.Equal("arn:aws:iam::123456789012:user/division/bob", IamArn.User("123456789012", "/division/", "bob"));
        Assert.Equal("arn:aws:iam::123456789012:group/admins", IamArn.Group("123456789012", null, "admins"));
        Assert.Matches("^AIDA[A-Z2-7]{17}$", IamIds.NewUserId());
        Assert.Matches("^AGPA[A-Z2-7]{17}$", IamIds.NewGroupId());
    }
}
