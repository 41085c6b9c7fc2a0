namespace Rampart.Signing.Tests;

/// <summary>Derived signing keys are AWS's, and stay right when the bounded cache starts over.</summary>
public sealed class SigningKeyCacheTests
{
    private const string ExampleSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    [Fact]
    public void Derived_key_is_the_one_in_aws_documentation()
    {
        var key = SigningKeyCache.Derive(ExampleSecret, "20150830", "us-east-1", "iam");

        Assert.Equal("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9", Convert.ToHexStringLower(key));
    }

    [Fact]
    public void Cache_returns_the_same_key_while_it_holds_it()
    {
        var cache = new SigningKeyCache(capacity: 8);

        var first = cache.Get(ExampleSecret, "20150830", "us-east-1", "iam");
        var second = cache.Get(ExampleSecret, "20150830", "us-east-1", "iam");

        Assert.Same(first, second);
    }

    [Fact]
    public void Keys_stay_correct_past_the_capacity()
    {
        var cache = new SigningKeyCache(capacity: 2);
        string[] regions = ["us-east-1", "eu-west-1", "ap-south-1", "sa-east-1", "us-east-1", "eu-west-1"];

        foreach (var region in regions)
        {
            Assert.Equal(SigningKeyCache.Derive(ExampleSecret, "20240305", region, "kms"), cache.Get(ExampleSecret, "20240305", region, "kms"));
        }
    }

    [Fact]
    public void Different_secrets_never_share_a_key()
    {
        var cache = new SigningKeyCache(capacity: 8);

        var one = cache.Get(ExampleSecret, "20240305", "us-east-1", "sts");
        var other = cache.Get(ExampleSecret + "x", "20240305", "us-east-1", "sts");

        Assert.NotEqual(one, other);
    }
}
