using Rampart.Kms.Common;
using Rampart.Kms.Crypto;
using Rampart.Kms.Enforcement;
using Rampart.Operations;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Keys;

/// <summary>Decrypt's rules, shared with ReEncrypt: a symmetric blob finds its own key (a KeyId, if given, must name
/// that same key); an RSA ciphertext needs the KeyId and the algorithm.</summary>
public sealed class Decryption(SecretProtector secrets, KeyCache keys, KeyArnResolver arns)
{
    private readonly KeyCipher cipher = new(secrets);

    public sealed record Result(KeyRecord Key, byte[] Plaintext, string Algorithm);

    public async ValueTask<Result> DecryptAsync(
        byte[] ciphertext, string? keyId, IReadOnlyDictionary<string, string>? context, string? algorithm, string operation,
        CallContext call, CancellationToken cancellationToken)
    {
        var named = keyId is null ? null : await keys.RequireAsync(keyId, call, arns, cancellationToken);
        if (named is not null && named.KeySpec != KeySpecs.SymmetricDefault)
        {
            KeyUse.Require(named, KeySpecs.EncryptDecrypt, operation);
            KeyUse.RequireAlgorithm(KeySpecs.Of(named).EncryptionAlgorithms, algorithm, named.Arn);
            return new Result(named, cipher.DecryptRsa(named, algorithm!, ciphertext), algorithm!);
        }
        if (algorithm is not null and not KeySpecs.SymmetricDefault)
        {
            throw KmsErrors.IncorrectKey();
        }
        var (blob, reference) = CiphertextSource.ReadSymmetric(ciphertext, call);
        if (named is not null && named.Arn != reference.Arn)
        {
            throw KmsErrors.IncorrectKey();
        }
        var key = named ?? await keys.RequireAsync(reference.Arn, call, arns, cancellationToken);
        KeyUse.Require(key, KeySpecs.EncryptDecrypt, operation);
        return new Result(key, cipher.DecryptSymmetric(key, blob, context), KeySpecs.SymmetricDefault);
    }
}
