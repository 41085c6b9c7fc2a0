namespace Rampart.Tests.Sts.Federation;

/// <summary>One loopback OIDC issuer for a whole test class.</summary>
public sealed class OidcIssuerFixture : IAsyncLifetime
{
    private TestOidcIssuer? issuer;

    public TestOidcIssuer Issuer => issuer ?? throw new InvalidOperationException("The issuer has not started.");

    public async Task InitializeAsync() => issuer = await TestOidcIssuer.StartAsync();

    public async Task DisposeAsync()
    {
        if (issuer is not null)
        {
            await issuer.DisposeAsync();
        }
    }
}
