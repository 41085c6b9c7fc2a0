using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Account;

/// <summary>Lists the account's alias (none or one, so never more than a page).</summary>
public sealed class ListAccountAliases(IStore store) : Operation<ListAccountAliasesRequest, ListAccountAliasesResponse>
{
    private readonly AccountAliases aliases = new(store);

    public override string Service => "iam";

    public override string Name => "ListAccountAliases";

    protected override OperationDeclaration<ListAccountAliasesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListAccountAliases",
        ReadOnly = true,
    };

    protected override async Task<ListAccountAliasesResponse> HandleAsync(ListAccountAliasesRequest request, CallContext call, CancellationToken cancellationToken) =>
        new(await aliases.OfAccountAsync(call.AccountId, cancellationToken) is { } found ? [found.Alias.AccountAlias] : [], false);
}
