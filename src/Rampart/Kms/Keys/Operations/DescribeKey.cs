using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

public sealed record DescribeKeyRequest(string KeyId, IReadOnlyList<string>? GrantTokens);

public sealed record DescribeKeyResponse(KeyMetadata KeyMetadata);

/// <summary>Returns a key's metadata, by key ID, key ARN, alias name or alias ARN; usable across accounts.</summary>
public sealed class DescribeKey(IStore store, KeyArnResolver arns, KmsResourceLookup lookup) : KmsOperation<DescribeKeyRequest, DescribeKeyResponse>
{
    public override string Name => "DescribeKey";

    protected override OperationDeclaration<DescribeKeyRequest> Declaration { get; } = new()
    {
        Action = "kms:DescribeKey",
        ReadOnly = true,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call).KeyId(request.KeyId).Keys,
    };

    protected override async Task<DescribeKeyResponse> HandleAsync(DescribeKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var stored = await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken);
        return new DescribeKeyResponse(KeyMetadata.Of(stored.Key));
    }
}
