using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Crypto.Operations;

public sealed record GenerateMacRequest(byte[] Message, string KeyId, string MacAlgorithm, IReadOnlyList<string>? GrantTokens, bool? DryRun);

public sealed record GenerateMacResponse(byte[] Mac, string MacAlgorithm, string KeyId);

/// <summary>Computes an HMAC with an HMAC key.</summary>
public sealed class GenerateMac(IStore store, SecretProtector secrets, KeyArnResolver arns, KmsResourceLookup lookup) : KmsOperation<GenerateMacRequest, GenerateMacResponse>
{
    private readonly KeyCipher cipher = new(secrets);

    public override string Name => "GenerateMac";

    protected override OperationDeclaration<GenerateMacRequest> Declaration { get; } = new()
    {
        Action = "kms:GenerateMac",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call).KeyId(request.KeyId).Set("kms:MacAlgorithm", request.MacAlgorithm).Keys,
    };

    protected override async Task<GenerateMacResponse> HandleAsync(GenerateMacRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        KeyUse.Require(key, KeySpecs.GenerateVerifyMac, Name);
        KeyUse.RequireAlgorithm(KeySpecs.Of(key).MacAlgorithms, request.MacAlgorithm, key.Arn);
        DryRun.Stop(request.DryRun);
        var mac = cipher.WithMaterial(key, material => MacAlgorithms.Compute(request.MacAlgorithm, material, request.Message));
        return new GenerateMacResponse(mac, request.MacAlgorithm, key.Arn);
    }
}
