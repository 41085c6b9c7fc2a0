using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Shield;

/// <summary>An account without Shield Advanced: what needs a subscription says the subscription does not exist.</summary>
public sealed class ShieldWithoutSubscriptionTests(OpenServerFixture fixture) : IClassFixture<OpenServerFixture>
{
    private AwsCli Shield => new(fixture.Server, "shield");

    [Fact]
    public async Task Protections_and_settings_need_a_subscription()
    {
        var gateway = $"arn:aws:elasticloadbalancing:us-east-1:{fixture.Server.AccountId}:loadbalancer/app/bare/0123456789abcdef";
        Assert.Equal("INACTIVE", (await Shield.OkAsync("get-subscription-state")).GetProperty("SubscriptionState").GetString());
        Assert.Contains("(ResourceNotFoundException)", await Shield.FailsAsync("describe-subscription"));
        Assert.Contains("(ResourceNotFoundException)", await Shield.FailsAsync("create-protection", "--name", "p", "--resource-arn", gateway));
        Assert.Contains("(ResourceNotFoundException)", await Shield.FailsAsync("create-protection-group", "--protection-group-id", "g", "--aggregation", "SUM", "--pattern", "ALL"));
        Assert.Contains("(ResourceNotFoundException)", await Shield.FailsAsync("update-emergency-contact-settings", "--emergency-contact-list", "EmailAddress=a@example.com"));
        Assert.Empty((await Shield.OkAsync("list-protections")).GetProperty("Protections").EnumerateArray());
    }
}
