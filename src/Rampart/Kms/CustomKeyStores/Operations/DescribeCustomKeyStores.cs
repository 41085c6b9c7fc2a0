using Rampart.Kms.Common;
using Rampart.Operations;

namespace Rampart.Kms.CustomKeyStores.Operations;

public sealed record DescribeCustomKeyStoresRequest(string? CustomKeyStoreId, string? CustomKeyStoreName, int? Limit, string? Marker);

public sealed record DescribeCustomKeyStoresResponse(IReadOnlyList<object> CustomKeyStores, string? NextMarker, bool Truncated);

/// <summary>Lists the account's custom key stores: none. Asking for one by ID or name is CustomKeyStoreNotFoundException, as in AWS.</summary>
public sealed class DescribeCustomKeyStores : KmsOperation<DescribeCustomKeyStoresRequest, DescribeCustomKeyStoresResponse>
{
    public override string Name => "DescribeCustomKeyStores";

    protected override OperationDeclaration<DescribeCustomKeyStoresRequest> Declaration { get; } = new()
    {
        Action = "kms:DescribeCustomKeyStores",
        ReadOnly = true,
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override Task<DescribeCustomKeyStoresResponse> HandleAsync(
        DescribeCustomKeyStoresRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.CustomKeyStoreId is not null && request.CustomKeyStoreName is not null)
        {
            throw KmsErrors.Validation("You cannot specify both CustomKeyStoreId and CustomKeyStoreName.");
        }
        if (request.CustomKeyStoreId is not null || request.CustomKeyStoreName is not null)
        {
            throw CustomKeyStoreErrors.NotFound(request.CustomKeyStoreId ?? request.CustomKeyStoreName!);
        }
        KmsMarker.Read(request.Marker);
        return Task.FromResult(new DescribeCustomKeyStoresResponse([], null, false));
    }
}
