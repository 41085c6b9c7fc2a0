using Rampart.Signing.Tests.Support;

namespace Rampart.Signing.Tests;

/// <summary>Secrets and session tokens never show up in text: not in ToString, not in error messages.</summary>
public sealed class SecretHygieneTests
{
    [Fact]
    public void Credential_text_shows_neither_secret_nor_session_token()
    {
        var text = TestKeys.Temporary.ToString();

        Assert.Contains(TestKeys.TemporaryAccessKeyId, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.TemporarySecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.SessionToken, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verified_signature_text_shows_neither_secret_nor_session_token()
    {
        var verifier = TestKeys.VerifierAt(TestKeys.SigningTime);
        var signature = await verifier.VerifyAsync(BotocoreSigner.Sign(SigningSpecs.TemporaryGetCallerIdentity), CancellationToken.None);

        var text = signature.ToString();

        Assert.Contains("assumed-role/admin/session", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.TemporarySecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.SessionToken, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusals_never_mention_the_secret()
    {
        var verifier = TestKeys.VerifierAt(TestKeys.SigningTime);
        var specs = new[]
        {
            SigningSpecs.GetCallerIdentity with { Secret = "wrong" },
            SigningSpecs.TemporaryGetCallerIdentity with { Token = "other" },
            SigningSpecs.GetCallerIdentity with { Region = "" },
        };
        foreach (var spec in specs)
        {
            var failure = await verifier.RefusalAsync(BotocoreSigner.Sign(spec));

            Assert.DoesNotContain(TestKeys.Secret, failure.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(TestKeys.TemporarySecret, failure.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(TestKeys.SessionToken, failure.Message, StringComparison.Ordinal);
        }
    }
}
