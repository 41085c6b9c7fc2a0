using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Storage;
using Rampart.Storage.Changes;
using Rampart.Storage.Items;
using Rampart.TestSupport;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.IpSets;
using Rampart.Waf.Api.RuleGroups;
using Rampart.Waf.Api.WebAcls;

namespace Rampart.Tests.Waf.Api;

/// <summary>The web ACL source the gateway reads: what it returns for a gateway, and that every change, on this
/// node or announced by the store, is visible to the very next lookup.</summary>
public sealed class StoreWebAclSourceTests : IAsyncLifetime
{
    private const string Account = "111122223333";
    private const string Gateway = $"arn:aws:elasticloadbalancing:us-east-1:{Account}:loadbalancer/app/shop/0123456789abcdef";
    private const string Visibility = """{"SampledRequestsEnabled":true,"CloudWatchMetricsEnabled":true,"MetricName":"m"}""";

    private readonly TempDirectory directory = new();
    private readonly InProcessCalls calls = new(Account);
    private IStore store = null!;
    private StoreWebAclSource source = null!;
    private int changes;

    public async Task InitializeAsync()
    {
        store = await StoreFactory.OpenAsync(null, directory.Path);
        source = new StoreWebAclSource(store);
        source.Changed += () => changes++;
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task A_gateway_without_a_web_ACL_has_none()
    {
        Assert.Null(await source.FindForResourceAsync(Gateway, CancellationToken.None));
        Assert.Null(await source.FindForResourceAsync("arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/x/1", CancellationToken.None));
    }

    [Fact]
    public async Task The_snapshot_holds_the_web_ACL_and_what_it_references_including_through_rule_groups()
    {
        var blocked = await CreateIpSetAsync("blocked", "192.0.2.0/24");
        var partners = await CreateIpSetAsync("partners", "198.51.100.7/32");
        var ruleGroup = Arn(await calls.RunAsync(new CreateRuleGroup(store, source), $$$"""
            {"Name":"partners","Scope":"REGIONAL","Capacity":10,"VisibilityConfig":{{{Visibility}}},
             "Rules":[{"Name":"p","Priority":0,"Statement":{"IPSetReferenceStatement":{"ARN":"{{{partners}}}"}},"Action":{"Allow":{}},"VisibilityConfig":{{{Visibility}}} }]}
            """));
        var webAcl = await CreateWebAclAsync($$$"""
            [{"Name":"block","Priority":0,"Statement":{"IPSetReferenceStatement":{"ARN":"{{{blocked}}}"}},"Action":{"Block":{}},"VisibilityConfig":{{{Visibility}}} },
             {"Name":"group","Priority":1,"Statement":{"RuleGroupReferenceStatement":{"ARN":"{{{ruleGroup}}}"}},"OverrideAction":{"None":{}},"VisibilityConfig":{{{Visibility}}} }]
            """);
        await calls.RunAsync(new AssociateWebAcl(store, source), $$$"""{"WebACLArn":"{{{webAcl}}}","ResourceArn":"{{{Gateway}}}"}""");

        var snapshot = await source.FindForResourceAsync(Gateway, CancellationToken.None);

        Assert.NotNull(snapshot);
        Assert.Equal(webAcl, snapshot.WebAcl.GetProperty("ARN").GetString());
        Assert.Equal(2, snapshot.WebAcl.GetProperty("Rules").GetArrayLength());
        Assert.Equal(["192.0.2.0/24"], Addresses(snapshot.IpSets[blocked]));
        Assert.Equal(["198.51.100.7/32"], Addresses(snapshot.IpSets[partners]));
        Assert.Equal(10, snapshot.RuleGroups[ruleGroup].GetProperty("Capacity").GetInt64());
        Assert.Empty(snapshot.RegexPatternSets);
    }

    [Fact]
    public async Task An_IP_set_update_is_announced_at_once_and_seen_by_the_next_lookup()
    {
        var blocked = await CreateIpSetAsync("blocked", "192.0.2.0/24");
        var webAcl = await CreateWebAclAsync($$$"""
            [{"Name":"block","Priority":0,"Statement":{"IPSetReferenceStatement":{"ARN":"{{{blocked}}}"}},"Action":{"Block":{}},"VisibilityConfig":{{{Visibility}}} }]
            """);
        await calls.RunAsync(new AssociateWebAcl(store, source), $$$"""{"WebACLArn":"{{{webAcl}}}","ResourceArn":"{{{Gateway}}}"}""");
        Assert.Equal(["192.0.2.0/24"], Addresses((await source.FindForResourceAsync(Gateway, CancellationToken.None))!.IpSets[blocked]));

        var ipSet = WafArn.Parse(blocked);
        var current = await calls.RunAsync(new GetIpSet(store, source), $$$"""{"Name":"blocked","Scope":"REGIONAL","Id":"{{{ipSet.Id}}}"}""");
        var before = changes;
        await calls.RunAsync(new UpdateIpSet(store, source), $$$"""
            {"Name":"blocked","Scope":"REGIONAL","Id":"{{{ipSet.Id}}}","Addresses":["203.0.113.0/24"],"LockToken":"{{{current["LockToken"]}}}"}
            """);

        Assert.Equal(before + 1, changes);
        Assert.Equal(["203.0.113.0/24"], Addresses((await source.FindForResourceAsync(Gateway, CancellationToken.None))!.IpSets[blocked]));

        await calls.RunAsync(new DisassociateWebAcl(store, source), $$$"""{"ResourceArn":"{{{Gateway}}}"}""");
        Assert.Equal(before + 2, changes);
        Assert.Null(await source.FindForResourceAsync(Gateway, CancellationToken.None));
    }

    [Fact]
    public async Task A_change_made_by_another_node_is_seen_once_the_store_reports_it()
    {
        var webAcl = await CreateWebAclAsync("[]");
        await calls.RunAsync(new AssociateWebAcl(store, source), $$$"""{"WebACLArn":"{{{webAcl}}}","ResourceArn":"{{{Gateway}}}"}""");
        Assert.NotNull(await source.FindForResourceAsync(Gateway, CancellationToken.None));

        // Another node's writes reach this one only as store change notifications.
        var key = new ItemKey(WafCollections.Association, WafCollections.Partition(Account, "us-east-1"), Gateway);
        await store.DeleteAsync(key);
        Assert.NotNull(await source.FindForResourceAsync(Gateway, CancellationToken.None));

        var before = changes;
        source.Invalidate(new StoreChange(key));
        Assert.Equal(before + 1, changes);
        Assert.Null(await source.FindForResourceAsync(Gateway, CancellationToken.None));

        source.Invalidate(new StoreChange(new ItemKey("iam.user", Account, "someone")));
        Assert.Equal(before + 1, changes);
    }

    private async Task<string> CreateIpSetAsync(string name, string address) =>
        Arn(await calls.RunAsync(new CreateIpSet(store, source), $$$"""
            {"Name":"{{{name}}}","Scope":"REGIONAL","IPAddressVersion":"IPV4","Addresses":["{{{address}}}"]}
            """));

    private async Task<string> CreateWebAclAsync(string rules) =>
        Arn(await calls.RunAsync(new CreateWebAcl(store, source), $$$"""
            {"Name":"shop","Scope":"REGIONAL","DefaultAction":{"Allow":{}},"VisibilityConfig":{{{Visibility}}},"Rules":{{{rules}}} }
            """));

    private static string Arn(JsonObject created) => created["Summary"]!["ARN"]!.GetValue<string>();

    private static string[] Addresses(JsonElement ipSet) =>
        [.. ipSet.GetProperty("Addresses").EnumerateArray().Select(address => address.GetString()!)];
}
