using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

public sealed record UntagResourceRequest(string KeyId, IReadOnlyList<string> TagKeys);

/// <summary>Removes tags from a key; keys it does not have are ignored.</summary>
public sealed class UntagResource(IStore store, KeyArnResolver arns) : KmsOperation<UntagResourceRequest, EmptyResponse>
{
    public override string Name => "UntagResource";

    protected override OperationDeclaration<UntagResourceRequest> Declaration { get; } = new()
    {
        Action = "kms:UntagResource",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (request, call) =>
        {
            var keys = new Dictionary<string, ContextValue>(new KmsConditionKeys(call).Keys, StringComparer.OrdinalIgnoreCase)
            {
                ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys),
            };
            return keys;
        },
    };

    protected override async Task<EmptyResponse> HandleAsync(UntagResourceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new KeyUpdater(store).UpdateAsync(request.KeyId, call, key => KeyState.IsPendingDeletion(key.KeyState)
            ? throw KmsErrors.PendingDeletion(key.Arn)
            : key with { Tags = [.. key.Tags.Where(tag => !request.TagKeys.Contains(tag.TagKey))] }, cancellationToken);
        return new EmptyResponse();
    }
}
