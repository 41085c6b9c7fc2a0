using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Account;

/// <summary>Removes the account's alias, which must be the one named.</summary>
public sealed class DeleteAccountAlias(IStore store) : Operation<AccountAliasRequest, EmptyResponse>
{
    private readonly AccountAliases aliases = new(store);

    public override string Service => "iam";

    public override string Name => "DeleteAccountAlias";

    protected override OperationDeclaration<AccountAliasRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteAccountAlias",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(AccountAliasRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var current = await aliases.OfAccountAsync(call.AccountId, cancellationToken);
        if (current is not { } found || found.Alias.AccountAlias != request.AccountAlias)
        {
            throw IamErrors.NoSuchEntity($"The account alias {request.AccountAlias} cannot be found.");
        }
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync(
            [
                new StoreWrite.Delete(AccountAliases.AccountKey(call.AccountId), found.Version),
                new StoreWrite.Delete(AccountAliases.GlobalKey(request.AccountAlias)),
            ], cancellationToken),
            _ => null);
        return EmptyResponse.Instance;
    }
}
