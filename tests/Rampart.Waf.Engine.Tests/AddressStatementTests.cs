using System.Net;
using static Rampart.Waf.Engine.Tests.Waf;

namespace Rampart.Waf.Engine.Tests;

public sealed class AddressStatementTests
{
    private const string V4Arn = "arn:aws:wafv2:us-east-1:111122223333:regional/ipset/blocked-v4/4444";
    private const string V6Arn = "arn:aws:wafv2:us-east-1:111122223333:regional/ipset/blocked-v6/6666";

    private static WafReferences Sets(IEnumerable<string>? v4 = null, IEnumerable<string>? v6 = null) => References(ipSets:
    [
        (V4Arn, $$$"""{"IPSet":{"Name":"blocked-v4","Id":"4444","ARN":"{{{V4Arn}}}","IPAddressVersion":"IPV4","Addresses":[{{{string.Join(",", (v4 ?? ["192.0.2.0/24", "198.51.100.7/32"]).Select(a => $"\"{a}\""))}}}]},"LockToken":"t"}"""),
        (V6Arn, $$$"""{"Name":"blocked-v6","Id":"6666","ARN":"{{{V6Arn}}}","IPAddressVersion":"IPV6","Addresses":[{{{string.Join(",", (v6 ?? ["2001:db8::/32"]).Select(a => $"\"{a}\""))}}}]}"""),
    ]);

    private static string IpSet(string arn, string forwarded = "") => $$$"""{"IPSetReferenceStatement":{"ARN":"{{{arn}}}"{{{forwarded}}}}}""";

    [Theory]
    [InlineData("192.0.2.1", true)]
    [InlineData("192.0.2.255", true)]
    [InlineData("192.0.3.0", false)]
    [InlineData("198.51.100.7", true)]
    [InlineData("198.51.100.8", false)]
    [InlineData("::ffff:192.0.2.9", true)]
    public void Ipv4_sets(string ip, bool matches) => Assert.Equal(matches, Blocks(IpSet(V4Arn), Request(ip: ip), Sets()));

    [Theory]
    [InlineData("2001:db8::1", true)]
    [InlineData("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", true)]
    [InlineData("2001:db9::1", false)]
    [InlineData("192.0.2.1", false)]
    public void Ipv6_sets(string ip, bool matches) => Assert.Equal(matches, Blocks(IpSet(V6Arn), Request(ip: ip), Sets()));

    [Theory]
    [InlineData("FIRST", "192.0.2.5, 203.0.113.1", true)]
    [InlineData("FIRST", "203.0.113.1, 192.0.2.5", false)]
    [InlineData("LAST", "203.0.113.1, 192.0.2.5", true)]
    [InlineData("ANY", "203.0.113.1, 192.0.2.5, 203.0.113.2", true)]
    [InlineData("ANY", "203.0.113.1, 203.0.113.2", false)]
    public void Forwarded_ip_positions(string position, string header, bool matches)
    {
        var forwarded = $$$""","IPSetForwardedIPConfig":{"HeaderName":"X-Forwarded-For","FallbackBehavior":"NO_MATCH","Position":"{{{position}}}"}""";
        Assert.Equal(matches, Blocks(IpSet(V4Arn, forwarded), Request(ip: "10.0.0.1", headers: ("X-Forwarded-For", header)), Sets()));
    }

    [Theory]
    [InlineData("MATCH", true)]
    [InlineData("NO_MATCH", false)]
    public void Forwarded_ip_fallback_applies_to_missing_or_malformed_headers(string fallback, bool matches)
    {
        var forwarded = $$$""","IPSetForwardedIPConfig":{"HeaderName":"X-Forwarded-For","FallbackBehavior":"{{{fallback}}}","Position":"FIRST"}""";
        Assert.Equal(matches, Blocks(IpSet(V4Arn, forwarded), Request(ip: "192.0.2.1"), Sets()));
        Assert.Equal(matches, Blocks(IpSet(V4Arn, forwarded), Request(ip: "192.0.2.1", headers: ("X-Forwarded-For", "not-an-ip")), Sets()));
    }

    [Fact]
    public void Ten_thousand_cidrs_are_looked_up_exactly()
    {
        var random = new Random(7);
        var blocks = Enumerable.Range(0, 10_000).Select(_ => $"{random.Next(1, 224)}.{random.Next(256)}.{random.Next(256)}.0/24").ToList();
        var acl = CompileOne(IpSet(V4Arn), references: Sets(blocks));
        var runtime = new WafRuntime();
        var inside = blocks.Select(b => b.Replace(".0/24", ".77", StringComparison.Ordinal)).Take(500);
        Assert.All(inside, ip => Assert.Equal(WafAction.Block, acl.Evaluate(Request(ip: ip), runtime).Action));
        var set = new HashSet<string>(blocks.Select(b => b[..b.LastIndexOf('.')]));
        for (var i = 0; i < 500; i++)
        {
            var ip = $"{random.Next(1, 224)}.{random.Next(256)}.{random.Next(256)}.{random.Next(256)}";
            var expected = set.Contains(ip[..ip.LastIndexOf('.')]) ? WafAction.Block : WafAction.Allow;
            Assert.Equal(expected, acl.Evaluate(Request(ip: ip), runtime).Action);
        }
    }

    [Theory]
    [InlineData("192.0.2.0")]
    [InlineData("192.0.2.0/33")]
    [InlineData("0.0.0.0/0")]
    [InlineData("2001:db8::/32")]
    [InlineData("banana/8")]
    public void Invalid_addresses_are_rejected(string address)
    {
        var error = Assert.Throws<WafDefinitionException>(() => CompileOne(IpSet(V4Arn), references: Sets([address])));
        Assert.Equal("IP_ADDRESS", error.Field);
        Assert.Equal(address, error.Parameter);
    }

    [Fact]
    public void A_missing_ip_set_is_a_nonexistent_item()
    {
        var error = Assert.Throws<WafDefinitionException>(() => CompileOne(IpSet("arn:aws:wafv2:us-east-1:1:regional/ipset/none/1")));
        Assert.Equal(WafDefinitionException.NonexistentItem, error.ErrorCode);
    }

    private sealed class FixedGeo : IWafGeoLookup
    {
        public WafGeoLocation? Locate(IPAddress address) => address.ToString() switch
        {
            "192.0.2.1" => new WafGeoLocation("US", "US-CA", 64500),
            "198.51.100.1" => new WafGeoLocation("FR", null, 64501),
            _ => null,
        };
    }

    [Fact]
    public void Geo_match_uses_the_lookup_and_labels_the_country()
    {
        var runtime = new WafRuntime(geo: new FixedGeo());
        var acl = CompileOne("""{"GeoMatchStatement":{"CountryCodes":["US","CA"]}}""");
        var verdict = acl.Evaluate(Request(ip: "192.0.2.1"), runtime);
        Assert.Equal(WafAction.Block, verdict.Action);
        Assert.Equal(["awswaf:clientip:geo:country:US", "awswaf:clientip:geo:region:US-CA"], verdict.Labels);
        var french = acl.Evaluate(Request(ip: "198.51.100.1"), runtime);
        Assert.Equal(WafAction.Allow, french.Action);
        Assert.Equal(["awswaf:clientip:geo:country:FR"], french.Labels);
        Assert.Equal(WafAction.Allow, acl.Evaluate(Request(ip: "203.0.113.9"), runtime).Action);
        var forwarded = CompileOne("""{"GeoMatchStatement":{"CountryCodes":["FR"],"ForwardedIPConfig":{"HeaderName":"X-Forwarded-For","FallbackBehavior":"MATCH"}}}""");
        Assert.Equal(WafAction.Block, forwarded.Evaluate(Request(ip: "192.0.2.1", headers: ("X-Forwarded-For", "198.51.100.1")), runtime).Action);
        Assert.Equal(WafAction.Block, forwarded.Evaluate(Request(ip: "192.0.2.1"), runtime).Action);
    }

    [Fact]
    public void Asn_match_uses_the_lookup()
    {
        var runtime = new WafRuntime(geo: new FixedGeo());
        var acl = CompileOne("""{"AsnMatchStatement":{"AsnList":[64500]}}""");
        Assert.Equal(WafAction.Block, acl.Evaluate(Request(ip: "192.0.2.1"), runtime).Action);
        Assert.Equal(WafAction.Allow, acl.Evaluate(Request(ip: "198.51.100.1"), runtime).Action);
    }
}
