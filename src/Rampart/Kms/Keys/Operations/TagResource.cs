using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

public sealed record TagResourceRequest(string KeyId, IReadOnlyList<KmsTag> Tags);

/// <summary>Adds or replaces tags on a key (at most 50 per key).</summary>
public sealed class TagResource(IStore store, KeyArnResolver arns) : KmsOperation<TagResourceRequest, EmptyResponse>
{
    public override string Name => "TagResource";

    protected override OperationDeclaration<TagResourceRequest> Declaration { get; } = new()
    {
        Action = "kms:TagResource",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
        RequestTags = request => KmsTags.ToDictionary(request.Tags),
    };

    protected override async Task<EmptyResponse> HandleAsync(TagResourceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        KmsTags.Validate(request.Tags);
        await new KeyUpdater(store).UpdateAsync(request.KeyId, call, key => KeyState.IsPendingDeletion(key.KeyState)
            ? throw KmsErrors.PendingDeletion(key.Arn)
            : key with { Tags = KmsTags.Merge(key.Tags, request.Tags) }, cancellationToken);
        return new EmptyResponse();
    }
}
