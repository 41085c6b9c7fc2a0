using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Aliases.Operations;

public sealed record UpdateAliasRequest(string AliasName, string TargetKeyId);

/// <summary>Points an alias at another key of the same key spec and usage.</summary>
public sealed class UpdateAlias(IStore store, KeyArnResolver arns) : KmsOperation<UpdateAliasRequest, EmptyResponse>
{
    public override string Name => "UpdateAlias";

    /// <summary>AWS authorizes UpdateAlias on the alias, the key it points to now, and the new key.</summary>
    protected override OperationDeclaration<UpdateAliasRequest> Declaration { get; } = new()
    {
        Action = "kms:UpdateAlias",
        ReadOnly = false,
        Resources = (request, call) => request.AliasName.StartsWith("alias/", StringComparison.Ordinal)
            ? [KmsArn.Alias(call.Region, call.AccountId, request.AliasName), arns.KeyArn(request.AliasName, call), arns.KeyArn(request.TargetKeyId, call)]
            : [KmsArn.Alias(call.Region, call.AccountId, request.AliasName), arns.KeyArn(request.TargetKeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateAliasRequest request, CallContext call, CancellationToken cancellationToken)
    {
        AliasName.RequireCustomerAlias(request.AliasName);
        AliasName.RequireKeyTarget(request.TargetKeyId);
        var keys = new KeyDirectory(store);
        await StoreRetry.RunAsync(async token =>
        {
            var found = await keys.FindAliasAsync(call.AccountId, call.Region, request.AliasName, token)
                ?? throw KmsErrors.AliasNotFound(KmsArn.Alias(call.Region, call.AccountId, request.AliasName));
            var target = (await keys.RequireAsync(KeyReference.Parse(request.TargetKeyId, call), call, crossAccount: false, token)).Key;
            if (KeyState.IsPendingDeletion(target.KeyState))
            {
                throw KmsErrors.PendingDeletion(target.Arn);
            }
            var current = await keys.FindAsync(call.AccountId, call.Region, found.Alias.TargetKeyId, token);
            if (current is not null && (current.Key.KeySpec != target.KeySpec || current.Key.KeyUsage != target.KeyUsage))
            {
                throw KmsErrors.Validation(
                    $"{target.Arn} has key spec {target.KeySpec} and key usage {target.KeyUsage}; the alias must keep pointing to a key of spec {current.Key.KeySpec} and usage {current.Key.KeyUsage}.");
            }
            var updated = found.Alias with { TargetKeyId = target.KeyId, LastUpdatedDate = call.Time };
            return await store.PutAsync(KeyDirectory.AliasOf(call.AccountId, call.Region, request.AliasName), KmsJson.Write(updated), found.Version, token);
        }, cancellationToken: cancellationToken);
        return new EmptyResponse();
    }
}
