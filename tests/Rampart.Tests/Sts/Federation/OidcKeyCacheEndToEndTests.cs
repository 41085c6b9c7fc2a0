using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Sts.Federation;

/// <summary>The issuer's keys are fetched once and reused for later exchanges, and fetched again when a token is
/// signed with a key the provider published since (a key rotation).</summary>
public sealed class OidcKeyCacheEndToEndTests(EnforcingServerFixture server, OidcIssuerFixture oidc)
    : IClassFixture<EnforcingServerFixture>, IClassFixture<OidcIssuerFixture>
{
    private const string Audience = "key-cache-app";

    [Fact]
    public async Task Signing_keys_are_cached_and_fetched_again_for_a_rotated_key()
    {
        var issuer = oidc.Issuer;
        var root = new AwsCli(server.Server);
        var provider = (await root.OkAsync("iam", "create-open-id-connect-provider", "--url", issuer.Url, "--client-id-list", Audience))
            .GetProperty("OpenIDConnectProviderArn").GetString();
        var trust = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"{{provider}}"},"Action":"sts:AssumeRoleWithWebIdentity"}]}""";
        var roleArn = (await root.OkAsync("iam", "create-role", "--role-name", "CachedKeysRole", "--assume-role-policy-document", trust))
            .GetProperty("Role").GetProperty("Arn").GetString()!;
        var hour = TimeSpan.FromHours(1);

        Task<System.Text.Json.JsonElement> ExchangeAsync(string token, string session) =>
            root.OkAsync("sts", "assume-role-with-web-identity", "--role-arn", roleArn, "--role-session-name", session, "--web-identity-token", token);

        await ExchangeAsync(issuer.Rs256("worker", Audience, hour), "first");
        Assert.Equal(1, issuer.KeySetFetches);
        var beforeRotation = await root.FailsAsync("sts", "assume-role-with-web-identity", "--role-arn", roleArn, "--role-session-name", "early",
            "--web-identity-token", issuer.RotatedRs256("worker", Audience, hour));
        Assert.Contains("InvalidIdentityToken", beforeRotation);
        var fetched = issuer.KeySetFetches;
        await ExchangeAsync(issuer.Rs256("worker", Audience, hour), "second");
        Assert.Equal(fetched, issuer.KeySetFetches);

        issuer.Rotate();
        var rotated = await ExchangeAsync(issuer.RotatedRs256("worker", Audience, hour), "rotated");
        Assert.EndsWith(":assumed-role/CachedKeysRole/rotated", rotated.GetProperty("AssumedRoleUser").GetProperty("Arn").GetString());
        var fetches = issuer.KeySetFetches;
        await ExchangeAsync(issuer.RotatedRs256("worker", Audience, hour), "rotated-again");
        await ExchangeAsync(issuer.Rs256("worker", Audience, hour), "original-again");
        Assert.Equal(fetches, issuer.KeySetFetches);
    }
}
