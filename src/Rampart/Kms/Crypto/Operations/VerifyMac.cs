using System.Security.Cryptography;
using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record VerifyMacRequest(byte[] Message, string KeyId, string MacAlgorithm, byte[] Mac, IReadOnlyList<string>? GrantTokens, bool? DryRun);

public sealed record VerifyMacResponse(string KeyId, bool MacValid, string MacAlgorithm);

/// <summary>Checks an HMAC in constant time; a wrong one is KMSInvalidMacException, as in AWS.</summary>
public sealed class VerifyMac(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup) : KmsOperation<VerifyMacRequest, VerifyMacResponse>
{
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "VerifyMac";

    protected override OperationDeclaration<VerifyMacRequest> Declaration { get; } = new()
    {
        Action = "kms:VerifyMac",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call).KeyId(request.KeyId).Set("kms:MacAlgorithm", request.MacAlgorithm).Keys,
    };

    protected override async Task<VerifyMacResponse> HandleAsync(VerifyMacRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        KeyUse.Require(key, KeySpecs.GenerateVerifyMac, Name);
        KeyUse.RequireAlgorithm(KeySpecs.Of(key).MacAlgorithms, request.MacAlgorithm, key.Arn);
        DryRun.Stop(request.DryRun);
        var expected = cipher.WithMaterial(key, material => MacAlgorithms.Compute(request.MacAlgorithm, material, request.Message));
        return CryptographicOperations.FixedTimeEquals(expected, request.Mac)
            ? new VerifyMacResponse(key.Arn, true, request.MacAlgorithm)
            : throw KmsErrors.KmsInvalidMac();
    }
}
