using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "IAM JSON policy elements: Condition operators" (IP address and date formats) and "IAM policy elements:
// Variables and tags" (variable syntax): values that are malformed must match nothing rather than fail.
public class ValueParsingTests
{
    [Theory]
    [InlineData("192.0.2.1", true)]
    [InlineData("192.0.2.0/24", true)]
    [InlineData("0.0.0.0/0", true)]
    [InlineData("::", true)]
    [InlineData("::1", true)]
    [InlineData("2001:db8::", true)]
    [InlineData("2001:db8:0:0:0:0:0:1", true)]
    [InlineData("::ffff:192.0.2.1", true)]
    [InlineData("2001:db8::/32", true)]
    [InlineData("192.0.2", false)]
    [InlineData("192.0.2.1.5", false)]
    [InlineData("256.0.2.1", false)]
    [InlineData("192.0.2.0/33", false)]
    [InlineData("192.0.2.0/", false)]
    [InlineData("1::2::3", false)]
    [InlineData("1:2:3:4:5:6:7:8:9", false)]
    [InlineData("1:2:3:4:5:6:7", false)]
    [InlineData("12345::", false)]
    [InlineData(":1", false)]
    [InlineData("1:", false)]
    [InlineData("2001:db8::/129", false)]
    [InlineData("", false)]
    [InlineData("example.com", false)]
    public void IpAddressesAndBlocksParse(string text, bool valid) =>
        Assert.Equal(valid, IpNetwork.TryParse(text, out _));

    [Fact]
    public void Ipv6CompressionExpandsToTheSameAddress()
    {
        Assert.True(IpNetwork.TryParse("2001:db8::1", out var compressed));
        Assert.True(IpNetwork.TryParse("2001:0db8:0000:0000:0000:0000:0000:0001", out var full));
        Assert.Equal(full, compressed);
    }

    [Theory]
    [InlineData("2020-01-01T00:00:00Z")]
    [InlineData("2020-01-01T00:00:00.000Z")]
    [InlineData("2020-01-01")]
    [InlineData("2020-01-01T02:00:00+02:00")]
    [InlineData("1577836800")]
    [InlineData("2019-12-31T19:00:00-05:00")]
    [InlineData("2019-12-31T23:59:59.9999999-00:00")]
    [InlineData("2020-01-01T00:00:00.0000000001Z")]
    [InlineData("2020-01-01 00:00:00Z")]
    public void DateFormatsDenoteTheSameInstant(string text)
    {
        Assert.True(DateValue.TryParse(text, out var ticks));
        var expected = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        Assert.InRange(ticks, expected - 1, expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("99999999999999999999")]
    [InlineData("2020-02-30")]
    [InlineData("2020-13-01T00:00:00Z")]
    [InlineData("2020-01-01T24:00:00Z")]
    [InlineData("2020-01-01T00:00:00.Z")]
    public void MalformedDatesDoNotParse(string text) => Assert.False(DateValue.TryParse(text, out _));

    [Theory]
    [InlineData("arn:aws:s3:::b/${aws:username", "arn:aws:s3:::b/${aws:username")]
    [InlineData("arn:aws:s3:::b/${}", "arn:aws:s3:::b/${}")]
    [InlineData("arn:aws:s3:::b/${ aws:username }", "arn:aws:s3:::b/alice")]
    [InlineData("arn:aws:s3:::b/${aws:PrincipalTag/x, 'd'}", "arn:aws:s3:::b/d")]
    [InlineData("arn:aws:s3:::b/${aws:PrincipalTag/x,'d e'}", "arn:aws:s3:::b/d e")]
    [InlineData("arn:aws:s3:::b/${aws:PrincipalTag/x, d}", "arn:aws:s3:::b/${aws:PrincipalTag/x, d}")]
    [InlineData("arn:aws:s3:::b/$${aws:username}}", "arn:aws:s3:::b/$alice}")]
    public void VariableSyntax(string pattern, string resource) =>
        Assert.Equal(Decision.Allowed, Decide(Request(User("alice"), "s3:GetObject", resource, Compiled(Allow("s3:GetObject", pattern)))));
}
