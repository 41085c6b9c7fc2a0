using System.Security.Cryptography;
using System.Text;
using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Sts.Outbound;

/// <summary>Each account's keys for signing the JWTs GetWebIdentityToken vends: one RS256 (RSA 2048) and one ES384
/// (P-384) key, made on first use and kept, with an index from the account's issuer host to the account so the
/// issuer's discovery documents can be served.</summary>
public sealed class OutboundSigningKeys(IStore store, SecretProtector secrets)
{
    public const string Collection = "sts.outbound-signing-key";
    public const string IssuerCollection = "sts.outbound-issuer";
    public const string Rs256 = "RS256";
    public const string Es384 = "ES384";

    public static IReadOnlyList<string> Algorithms { get; } = [Rs256, Es384];

    /// <summary>The account's key for <paramref name="algorithm"/>, made now if the account has none yet.</summary>
    public async ValueTask<OutboundSigner> SignerAsync(string accountId, string issuer, string algorithm, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await FindAsync(accountId, algorithm, cancellationToken) is { } existing)
        {
            return existing;
        }
        using var key = Generate(algorithm);
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var ciphertext = Convert.ToBase64String(secrets.Protect(key.ExportPkcs8PrivateKey(), AssociatedData(accountId, algorithm)));
        var record = new OutboundSigningKey(keyId, algorithm, ciphertext, now);
        // Two first uses may race: whichever commits first wins and the other signs with the winner's key.
        try
        {
            await store.CommitAsync(
                [
                    new StoreWrite.Put(KeyOf(accountId, algorithm), IamJson.Write(record), StoreWrite.Absent),
                    new StoreWrite.Put(IssuerKeyOf(issuer), IamJson.Write(new OutboundIssuer(accountId, issuer))),
                ],
                cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
        }
        return await FindAsync(accountId, algorithm, cancellationToken)
            ?? throw new InvalidOperationException("The signing key just stored cannot be read back.");
    }

    /// <summary>The account's signing keys that exist, for its JWKS.</summary>
    public async ValueTask<IReadOnlyList<OutboundSigner>> AllAsync(string accountId, CancellationToken cancellationToken)
    {
        var signers = new List<OutboundSigner>();
        foreach (var algorithm in Algorithms)
        {
            if (await FindAsync(accountId, algorithm, cancellationToken) is { } signer)
            {
                signers.Add(signer);
            }
        }
        return signers;
    }

    /// <summary>The issuer whose host is <paramref name="host"/>, once its account has signed a token.</summary>
    public async ValueTask<OutboundIssuer?> IssuerAsync(string host, CancellationToken cancellationToken) =>
        await store.GetAsync(new ItemKey(IssuerCollection, "", host.ToLowerInvariant()), cancellationToken) is { } item
            ? IamJson.Read<OutboundIssuer>(item.Json)
            : null;

    private async ValueTask<OutboundSigner?> FindAsync(string accountId, string algorithm, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(KeyOf(accountId, algorithm), cancellationToken) is not { } item)
        {
            return null;
        }
        var record = IamJson.Read<OutboundSigningKey>(item.Json);
        var pkcs8 = secrets.Unprotect(Convert.FromBase64String(record.PrivateKeyCiphertext), AssociatedData(accountId, algorithm));
        AsymmetricAlgorithm key = algorithm == Rs256 ? RSA.Create() : ECDsa.Create();
        key.ImportPkcs8PrivateKey(pkcs8, out _);
        CryptographicOperations.ZeroMemory(pkcs8);
        return new OutboundSigner(record.KeyId, algorithm, key);
    }

    private static AsymmetricAlgorithm Generate(string algorithm) =>
        algorithm == Rs256 ? RSA.Create(2048) : ECDsa.Create(ECCurve.NamedCurves.nistP384);

    private static ItemKey KeyOf(string accountId, string algorithm) => new(Collection, accountId, algorithm);

    private static ItemKey IssuerKeyOf(string issuer) => new(IssuerCollection, "", new Uri(issuer).Host.ToLowerInvariant());

    private static byte[] AssociatedData(string accountId, string algorithm) => Encoding.UTF8.GetBytes($"outbound-signing-key:{accountId}:{algorithm}");
}

/// <summary>An account's outbound token issuer, indexed by the issuer URL's host.</summary>
public sealed record OutboundIssuer(string AccountId, string IssuerIdentifier);
