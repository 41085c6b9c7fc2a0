using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

/// <summary>What GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext are asked.</summary>
public interface IDataKeyPairRequest
{
    Dictionary<string, string>? EncryptionContext { get; }

    string KeyId { get; }

    string KeyPairSpec { get; }

    IReadOnlyList<string>? GrantTokens { get; }

    bool? DryRun { get; }
}

/// <summary>GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext: a fresh key pair whose private key is
/// encrypted under a symmetric key with the encryption context; the two differ only in what they answer.</summary>
public abstract class DataKeyPairOperation<TRequest, TResponse>(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup)
    : KmsOperation<TRequest, TResponse>
    where TRequest : IDataKeyPairRequest
{
    private readonly KeyCipher cipher = new(secrets);

    protected sealed override OperationDeclaration<TRequest> Declaration => field ??= new()
    {
        Action = $"kms:{Name}",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .EncryptionContext(request.EncryptionContext)
            .Set("kms:EncryptionAlgorithm", KeySpecs.SymmetricDefault)
            .Set("kms:DataKeyPairSpec", request.KeyPairSpec)
            .Keys,
    };

    /// <summary>Whether the answer carries the plaintext private key (which is then not wiped here).</summary>
    protected abstract bool ReturnsPrivateKey { get; }

    /// <summary>Turns the request into a failure it cannot be served with, before anything is made.</summary>
    protected virtual void Check(TRequest request)
    {
    }

    protected abstract TResponse Answer(KeyRecord key, DataKeyPairs.Pair pair, byte[] privateKeyCiphertext, TRequest request);

    protected sealed override async Task<TResponse> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        Check(request);
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        KeyUse.RequireSymmetric(key, Name);
        DryRun.Stop(request.DryRun);
        var pair = DataKeyPairs.Generate(request.KeyPairSpec);
        try
        {
            return Answer(key, pair, cipher.Encrypt(key, pair.PrivateKey, request.EncryptionContext, KeySpecs.SymmetricDefault), request);
        }
        finally
        {
            if (!ReturnsPrivateKey)
            {
                DataKeyPairs.Wipe(pair);
            }
        }
    }
}
