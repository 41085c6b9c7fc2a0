using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Aliases.Operations;

public sealed record DeleteAliasRequest(string AliasName);

/// <summary>Removes an alias; the key it named is untouched.</summary>
public sealed class DeleteAlias(IStore store, KeyArnResolver arns) : KmsOperation<DeleteAliasRequest, EmptyResponse>
{
    public override string Name => "DeleteAlias";

    /// <summary>AWS authorizes DeleteAlias on both the alias and the key it points to.</summary>
    protected override OperationDeclaration<DeleteAliasRequest> Declaration { get; } = new()
    {
        Action = "kms:DeleteAlias",
        ReadOnly = false,
        Resources = (request, call) => request.AliasName.StartsWith("alias/", StringComparison.Ordinal)
            ? [KmsArn.Alias(call.Region, call.AccountId, request.AliasName), arns.KeyArn(request.AliasName, call)]
            : [KmsArn.Alias(call.Region, call.AccountId, request.AliasName)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteAliasRequest request, CallContext call, CancellationToken cancellationToken)
    {
        AliasName.RequireCustomerAlias(request.AliasName);
        var deleted = await store.DeleteAsync(Keys.KeyDirectory.AliasOf(call.AccountId, call.Region, request.AliasName), cancellationToken: cancellationToken);
        return deleted ? new EmptyResponse() : throw KmsErrors.AliasNotFound(KmsArn.Alias(call.Region, call.AccountId, request.AliasName));
    }
}
