using Rampart.Tests.EndToEnd;
using Rampart.Tests.Waf.Api;

namespace Rampart.Tests.Shield;

/// <summary>Shield Advanced through the real aws CLI on a subscribed account: protections of gateways, protection
/// groups, DRT access, contacts and proactive engagement, automatic application layer response, tags.</summary>
public sealed class ShieldEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Shield => new(fixture.Server, "shield");

    private string Account => fixture.Server.AccountId;

    private string Gateway(string name) => $"arn:aws:elasticloadbalancing:us-east-1:{Account}:loadbalancer/app/{name}/0123456789abcdef";

    [Fact]
    public async Task The_subscription_lasts_a_year_and_its_renewal_is_locked_until_the_last_30_days()
    {
        await SubscribeAsync();
        Assert.Contains("(ResourceAlreadyExistsException)", await Shield.FailsAsync("create-subscription"));
        var subscription = (await Shield.OkAsync("describe-subscription")).GetProperty("Subscription");
        Assert.Equal(31_536_000, subscription.GetProperty("TimeCommitmentInSeconds").GetInt64());
        Assert.Equal("ENABLED", subscription.GetProperty("AutoRenew").GetString());
        Assert.StartsWith($"arn:aws:shield::{Account}:subscription/", subscription.GetProperty("SubscriptionArn").GetString());
        Assert.Equal(100, subscription.GetProperty("SubscriptionLimits").GetProperty("ProtectionGroupLimits").GetProperty("MaxProtectionGroups").GetInt64());
        Assert.Equal("ACTIVE", (await Shield.OkAsync("get-subscription-state")).GetProperty("SubscriptionState").GetString());
        Assert.Contains("(LockedSubscriptionException)", await Shield.FailsAsync("update-subscription", "--auto-renew", "DISABLED"));
        Assert.Contains("(LockedSubscriptionException)", await Shield.FailsAsync("delete-subscription"));
    }

    [Fact]
    public async Task A_gateway_is_protected_once_and_found_by_ID_or_resource()
    {
        await SubscribeAsync();
        var gateway = Gateway("protected");
        var id = (await Shield.OkAsync("create-protection", "--name", "shop", "--resource-arn", gateway, "--tags", "Key=tier,Value=gold"))
            .GetProperty("ProtectionId").GetString()!;
        Assert.Contains("(ResourceAlreadyExistsException)", await Shield.FailsAsync("create-protection", "--name", "again", "--resource-arn", gateway));
        Assert.Contains("(InvalidResourceException)", await Shield.FailsAsync("create-protection", "--name", "bucket", "--resource-arn", "arn:aws:s3:::bucket"));

        var byResource = (await Shield.OkAsync("describe-protection", "--resource-arn", gateway)).GetProperty("Protection");
        Assert.Equal(id, byResource.GetProperty("Id").GetString());
        Assert.Equal($"arn:aws:shield::{Account}:protection/{id}", byResource.GetProperty("ProtectionArn").GetString());
        Assert.Contains("(InvalidParameterException)", await Shield.FailsAsync("describe-protection", "--resource-arn", gateway, "--protection-id", id));
        Assert.Contains(gateway, (await Shield.OkAsync("list-protections", "--inclusion-filters", "ProtectionNames=shop"))
            .GetProperty("Protections").EnumerateArray().Select(p => p.GetProperty("ResourceArn").GetString()));

        var healthCheck = "arn:aws:route53:::healthcheck/" + Guid.NewGuid();
        await Shield.OkAsync("associate-health-check", "--protection-id", id, "--health-check-arn", healthCheck);
        Assert.Contains("(LimitsExceededException)", await Shield.FailsAsync("associate-health-check", "--protection-id", id, "--health-check-arn", "arn:aws:route53:::healthcheck/" + Guid.NewGuid()));
        Assert.Single((await Shield.OkAsync("describe-protection", "--protection-id", id)).GetProperty("Protection").GetProperty("HealthCheckIds").EnumerateArray());
        await Shield.OkAsync("disassociate-health-check", "--protection-id", id, "--health-check-arn", healthCheck);

        var arn = $"arn:aws:shield::{Account}:protection/{id}";
        await Shield.OkAsync("tag-resource", "--resource-arn", arn, "--tags", "Key=owner,Value=ops");
        await Shield.OkAsync("untag-resource", "--resource-arn", arn, "--tag-keys", "tier");
        Assert.Equal(["owner"], (await Shield.OkAsync("list-tags-for-resource", "--resource-arn", arn)).GetProperty("Tags").EnumerateArray().Select(t => t.GetProperty("Key").GetString()));

        await Shield.OkAsync("delete-protection", "--protection-id", id);
        Assert.Contains("(ResourceNotFoundException)", await Shield.FailsAsync("delete-protection", "--protection-id", id));
    }

    [Fact]
    public async Task Protection_groups_follow_their_pattern()
    {
        await SubscribeAsync();
        var gateway = Gateway("grouped");
        await Shield.OkAsync("create-protection", "--name", "grouped", "--resource-arn", gateway);
        await Shield.OkAsync("create-protection-group", "--protection-group-id", "albs", "--aggregation", "MAX", "--pattern", "BY_RESOURCE_TYPE", "--resource-type", "APPLICATION_LOAD_BALANCER");
        await Shield.OkAsync("create-protection-group", "--protection-group-id", "picked", "--aggregation", "SUM", "--pattern", "ARBITRARY", "--members", gateway);
        Assert.Contains("(ResourceAlreadyExistsException)", await Shield.FailsAsync("create-protection-group", "--protection-group-id", "albs", "--aggregation", "MEAN", "--pattern", "ALL"));
        Assert.Contains("(InvalidParameterException)", await Shield.FailsAsync("create-protection-group", "--protection-group-id", "bad", "--aggregation", "SUM", "--pattern", "ARBITRARY", "--resource-type", "APPLICATION_LOAD_BALANCER"));
        Assert.Contains("(InvalidParameterException)", await Shield.FailsAsync("create-protection-group", "--protection-group-id", "bad", "--aggregation", "SUM", "--pattern", "BY_RESOURCE_TYPE"));

        Assert.Contains(gateway, (await Shield.OkAsync("list-resources-in-protection-group", "--protection-group-id", "albs")).GetProperty("ResourceArns").EnumerateArray().Select(a => a.GetString()));
        var picked = (await Shield.OkAsync("describe-protection-group", "--protection-group-id", "picked")).GetProperty("ProtectionGroup");
        Assert.Equal([gateway], picked.GetProperty("Members").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal($"arn:aws:shield::{Account}:protection-group/picked", picked.GetProperty("ProtectionGroupArn").GetString());

        await Shield.OkAsync("update-protection-group", "--protection-group-id", "picked", "--aggregation", "MEAN", "--pattern", "ALL");
        Assert.Equal("MEAN", (await Shield.OkAsync("describe-protection-group", "--protection-group-id", "picked")).GetProperty("ProtectionGroup").GetProperty("Aggregation").GetString());
        Assert.Equal(["albs"], (await Shield.OkAsync("list-protection-groups", "--inclusion-filters", "Patterns=BY_RESOURCE_TYPE"))
            .GetProperty("ProtectionGroups").EnumerateArray().Select(g => g.GetProperty("ProtectionGroupId").GetString()));
        await Shield.OkAsync("delete-protection-group", "--protection-group-id", "picked");
        Assert.Contains("(ResourceNotFoundException)", await Shield.FailsAsync("describe-protection-group", "--protection-group-id", "picked"));
    }

    [Fact]
    public async Task DRT_access_contacts_and_proactive_engagement()
    {
        await SubscribeAsync();
        Assert.Contains("(NoAssociatedRoleException)", await Shield.FailsAsync("associate-drt-log-bucket", "--log-bucket", "flow-logs"));
        Assert.Contains("(InvalidParameterException)", await Shield.FailsAsync("associate-drt-role", "--role-arn", "arn:aws:iam::999999999999:role/drt"));
        await Shield.OkAsync("associate-drt-role", "--role-arn", $"arn:aws:iam::{Account}:role/drt");
        await Shield.OkAsync("associate-drt-log-bucket", "--log-bucket", "flow-logs");
        var access = await Shield.OkAsync("describe-drt-access");
        Assert.Equal($"arn:aws:iam::{Account}:role/drt", access.GetProperty("RoleArn").GetString());
        Assert.Equal(["flow-logs"], access.GetProperty("LogBucketList").EnumerateArray().Select(b => b.GetString()));

        Assert.Contains("(InvalidOperationException)", await Shield.FailsAsync("enable-proactive-engagement"));
        await Shield.OkAsync("associate-proactive-engagement-details", "--emergency-contact-list", "EmailAddress=oncall@example.com,PhoneNumber=+15555550100");
        Assert.Contains("(InvalidOperationException)", await Shield.FailsAsync("associate-proactive-engagement-details", "--emergency-contact-list", "EmailAddress=other@example.com,PhoneNumber=+15555550101"));
        await Shield.OkAsync("enable-proactive-engagement");
        Assert.Equal("ENABLED", (await Shield.OkAsync("describe-subscription")).GetProperty("Subscription").GetProperty("ProactiveEngagementStatus").GetString());
        await Shield.OkAsync("update-emergency-contact-settings", "--emergency-contact-list", "EmailAddress=team@example.com,PhoneNumber=+15555550102");
        Assert.Equal("team@example.com", (await Shield.OkAsync("describe-emergency-contact-settings")).GetProperty("EmergencyContactList")[0].GetProperty("EmailAddress").GetString());
        await Shield.OkAsync("disable-proactive-engagement");
        await Shield.OkAsync("disassociate-drt-log-bucket", "--log-bucket", "flow-logs");
        await Shield.OkAsync("disassociate-drt-role");
        Assert.False((await Shield.OkAsync("describe-drt-access")).TryGetProperty("RoleArn", out _));
    }

    [Fact]
    public async Task Automatic_application_layer_response_needs_a_web_ACL_in_front_of_the_gateway()
    {
        await SubscribeAsync();
        var gateway = Gateway("auto");
        await Shield.OkAsync("create-protection", "--name", "auto", "--resource-arn", gateway);
        Assert.Contains("(InvalidOperationException)", await Shield.FailsAsync("enable-application-layer-automatic-response", "--resource-arn", gateway, "--action", "Block={}"));

        var waf = Shield.For("wafv2");
        var webAcl = (await waf.OkAsync("create-web-acl", "--name", "auto", "--scope", "REGIONAL", "--default-action", "Allow={}",
            "--visibility-config", WafRules.VisibilityArgument)).GetProperty("Summary").GetProperty("ARN").GetString()!;
        await waf.OkAsync("associate-web-acl", "--web-acl-arn", webAcl, "--resource-arn", gateway);

        Assert.Contains("(InvalidOperationException)", await Shield.FailsAsync("update-application-layer-automatic-response", "--resource-arn", gateway, "--action", "Count={}"));
        await Shield.OkAsync("enable-application-layer-automatic-response", "--resource-arn", gateway, "--action", "Block={}");
        await Shield.OkAsync("update-application-layer-automatic-response", "--resource-arn", gateway, "--action", "Count={}");
        var configuration = (await Shield.OkAsync("describe-protection", "--resource-arn", gateway)).GetProperty("Protection").GetProperty("ApplicationLayerAutomaticResponseConfiguration");
        Assert.Equal("ENABLED", configuration.GetProperty("Status").GetString());
        Assert.True(configuration.GetProperty("Action").TryGetProperty("Count", out _));
        await Shield.OkAsync("disable-application-layer-automatic-response", "--resource-arn", gateway);
        Assert.Equal("DISABLED", (await Shield.OkAsync("describe-protection", "--resource-arn", gateway)).GetProperty("Protection")
            .GetProperty("ApplicationLayerAutomaticResponseConfiguration").GetProperty("Status").GetString());
        Assert.Empty((await Shield.OkAsync("list-attacks", "--resource-arns", gateway)).GetProperty("AttackSummaries").EnumerateArray());
    }

    private async Task SubscribeAsync()
    {
        if ((await Shield.OkAsync("get-subscription-state")).GetProperty("SubscriptionState").GetString() == "INACTIVE")
        {
            await Shield.OkAsync("create-subscription");
        }
    }
}
