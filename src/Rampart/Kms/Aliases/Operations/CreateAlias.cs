using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Aliases.Operations;

public sealed record CreateAliasRequest(string AliasName, string TargetKeyId);

/// <summary>Names a key of the caller's account and region; one alias per name per region.</summary>
public sealed class CreateAlias(IStore store, KeyArnResolver arns) : KmsOperation<CreateAliasRequest, EmptyResponse>
{
    public override string Name => "CreateAlias";

    /// <summary>AWS authorizes CreateAlias on both the alias and the key.</summary>
    protected override OperationDeclaration<CreateAliasRequest> Declaration { get; } = new()
    {
        Action = "kms:CreateAlias",
        ReadOnly = false,
        Resources = (request, call) => [KmsArn.Alias(call.Region, call.AccountId, request.AliasName), arns.KeyArn(request.TargetKeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<EmptyResponse> HandleAsync(CreateAliasRequest request, CallContext call, CancellationToken cancellationToken)
    {
        AliasName.RequireCustomerAlias(request.AliasName);
        AliasName.RequireKeyTarget(request.TargetKeyId);
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.TargetKeyId, call), call, crossAccount: false, cancellationToken)).Key;
        if (KeyState.IsPendingDeletion(key.KeyState))
        {
            throw KmsErrors.PendingDeletion(key.Arn);
        }
        var alias = new AliasRecord(request.AliasName, key.KeyId, call.Time, call.Time);
        try
        {
            await store.PutAsync(KeyDirectory.AliasOf(call.AccountId, call.Region, request.AliasName), KmsJson.Write(alias), StoreWrite.Absent, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw KmsErrors.AlreadyExists($"An alias with the name {KmsArn.Alias(call.Region, call.AccountId, request.AliasName)} already exists");
        }
        return new EmptyResponse();
    }
}
