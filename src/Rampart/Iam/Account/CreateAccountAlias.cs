using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Account;

/// <summary>Gives the account its alias (replacing the one it had: an account has at most one). Aliases are unique
/// across all accounts.</summary>
public sealed class CreateAccountAlias(IStore store) : Operation<AccountAliasRequest, EmptyResponse>
{
    private readonly AccountAliases aliases = new(store);

    public override string Service => "iam";

    public override string Name => "CreateAccountAlias";

    protected override OperationDeclaration<AccountAliasRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateAccountAlias",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(AccountAliasRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var current = await aliases.OfAccountAsync(call.AccountId, token);
            if (current?.Alias.AccountAlias == request.AccountAlias)
            {
                return 0;
            }
            var entry = IamJson.Write(new AccountAliasEntry(request.AccountAlias, call.AccountId));
            var writes = new List<StoreWrite>();
            if (current is { } old)
            {
                writes.Add(new StoreWrite.Delete(AccountAliases.GlobalKey(old.Alias.AccountAlias)));
            }
            writes.Add(new StoreWrite.Put(AccountAliases.GlobalKey(request.AccountAlias), entry, StoreWrite.Absent));
            writes.Add(new StoreWrite.Put(AccountAliases.AccountKey(call.AccountId), entry, current?.Version ?? StoreWrite.Absent));
            await IamConflicts.CreatingAsync(
                () => store.CommitAsync(writes, token),
                key => key.Collection == IamCollections.AccountAliasGlobal
                    ? IamErrors.EntityAlreadyExists($"The account alias {request.AccountAlias} already exists.")
                    : null);
            return 1;
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
