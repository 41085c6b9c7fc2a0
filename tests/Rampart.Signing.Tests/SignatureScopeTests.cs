using Rampart.Protocol;
using Rampart.Signing.Tests.Support;

namespace Rampart.Signing.Tests;

/// <summary>The host reads the credential scope cheaply, before verifying, to route and pick the region.</summary>
public sealed class SignatureScopeTests
{
    [Fact]
    public void Scope_is_read_from_the_authorization_header()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.KmsListKeys);

        Assert.True(SignatureScope.TryRead(request, out var scope));

        Assert.Equal(new SignatureScope(TestKeys.AccessKeyId, "20240305", "eu-west-1", "kms", SignatureForm.AuthorizationHeader), scope);
    }

    [Fact]
    public void Scope_is_read_from_a_presigned_url()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.PresignedGetCallerIdentity with { Region = "ap-south-1" });

        Assert.True(SignatureScope.TryRead(request, out var scope));

        Assert.Equal(new SignatureScope(TestKeys.AccessKeyId, "20240305", "ap-south-1", "sts", SignatureForm.QueryString), scope);
    }

    [Fact]
    public void Scope_is_read_even_when_the_signature_would_fail()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity with { Secret = "wrong" });

        Assert.True(SignatureScope.TryRead(request, out var scope));

        Assert.Equal("sts", scope.Service);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("AWS4-HMAC-SHA256 SignedHeaders=host, Signature=00")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20240305/us-east-1/sts, SignedHeaders=host, Signature=00")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID 20240305")]
    public void No_scope_is_read_from_a_malformed_authorization(string authorization)
    {
        var request = new WireRequest("GET", "/", "", [new("Authorization", authorization)], ReadOnlyMemory<byte>.Empty);

        Assert.False(SignatureScope.TryRead(request, out _));
    }

    [Fact]
    public void No_scope_is_read_from_an_unsigned_request()
    {
        var request = new WireRequest("GET", "/", "Action=GetCallerIdentity", [new("Host", "localhost")], ReadOnlyMemory<byte>.Empty);

        Assert.False(SignatureScope.TryRead(request, out _));
    }
}
