using System.Security.Cryptography;
using Rampart.Identity.Sessions;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;
using Rampart.TestSupport;

namespace Rampart.Tests.Sts;

/// <summary>Temporary credentials in-process: what the credential provider hands the signature check (which refuses
/// a credential past its Expiration with ExpiredToken, and a token that differs with InvalidClientTokenId).</summary>
public sealed class TemporaryCredentialsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly TempDirectory directory = new();
    private readonly SecretProtector secrets = new(new RandomMasterKey());
    private IStore store = null!;

    public async Task InitializeAsync() => store = await StoreFactory.OpenAsync(null, directory.Path);

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        secrets.Dispose();
        directory.Dispose();
    }

    private static SessionGrant RoleSession(DateTimeOffset expiration) => new(
        PrincipalType.AssumedRole, "123456789012", "arn:aws:sts::123456789012:assumed-role/Reader/s1", "AROAEXAMPLEEXAMPLE12:s1", null,
        IssuedAt, expiration, null)
    {
        RoleArn = "arn:aws:iam::123456789012:role/Reader",
        RoleName = "Reader",
    };

    [Fact]
    public async Task The_provider_returns_the_session_with_its_token_and_expiry()
    {
        var issued = await new TemporaryCredentials(store, secrets).IssueAsync(RoleSession(IssuedAt.AddSeconds(900)), CancellationToken.None);

        var credential = await new SessionCredentialProvider(store, secrets).FindAsync(issued.AccessKeyId, CancellationToken.None);

        Assert.NotNull(credential);
        Assert.Matches("^ASIA[A-Z2-7]{16}$", issued.AccessKeyId);
        Assert.Equal(issued.SecretAccessKey, credential.SecretAccessKey);
        Assert.Equal(issued.SessionToken, credential.SessionToken);
        Assert.Equal(IssuedAt.AddSeconds(900), credential.Expiration);
        var principal = Assert.IsType<Rampart.Identity.Principal>(credential.Principal);
        Assert.Equal(PrincipalType.AssumedRole, principal.Type);
        Assert.Equal("arn:aws:iam::123456789012:role/Reader", principal.Session!.RoleArn);
    }

    [Fact]
    public async Task Stored_ciphertexts_do_not_reveal_or_stand_in_for_the_secrets()
    {
        var sessions = new TemporaryCredentials(store, secrets);
        var issued = await sessions.IssueAsync(RoleSession(IssuedAt.AddSeconds(900)), CancellationToken.None);
        var item = await store.GetAsync(TemporaryCredentials.KeyOf(issued.AccessKeyId), CancellationToken.None);

        Assert.DoesNotContain(issued.SecretAccessKey, item!.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(issued.SessionToken, item.Json, StringComparison.Ordinal);
        var record = (await sessions.FindAsync(issued.AccessKeyId, CancellationToken.None))!;
        Assert.Throws<SecretUnprotectException>(() => sessions.TokenOf(record with { TokenCiphertext = record.SecretCiphertext }));
    }

    [Fact]
    public async Task Unknown_and_long_term_key_ids_are_not_sessions()
    {
        var provider = new SessionCredentialProvider(store, secrets);

        Assert.Null(await provider.FindAsync("ASIAAAAAAAAAAAAAAAAA", CancellationToken.None));
        Assert.Null(await provider.FindAsync("AKIAAAAAAAAAAAAAAAAA", CancellationToken.None));
    }

    private sealed class RandomMasterKey : IMasterKeySource
    {
        private readonly byte[] key = RandomNumberGenerator.GetBytes(32);

        public string Description => "a test key";

        public byte[] LoadKey() => [.. key];
    }
}
