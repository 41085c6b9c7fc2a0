using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

public sealed record ListKeyPoliciesRequest(string KeyId, int? Limit, string? Marker);

public sealed record ListKeyPoliciesResponse(IReadOnlyList<string> PolicyNames, string? NextMarker, bool Truncated);

/// <summary>Lists a key's policy names: always just "default".</summary>
public sealed class ListKeyPolicies(IStore store, KeyArnResolver arns) : KmsOperation<ListKeyPoliciesRequest, ListKeyPoliciesResponse>
{
    public override string Name => "ListKeyPolicies";

    protected override OperationDeclaration<ListKeyPoliciesRequest> Declaration { get; } = new()
    {
        Action = "kms:ListKeyPolicies",
        ReadOnly = true,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<ListKeyPoliciesResponse> HandleAsync(ListKeyPoliciesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: false, cancellationToken);
        return new ListKeyPoliciesResponse([DefaultKeyPolicy.Name], null, false);
    }
}
