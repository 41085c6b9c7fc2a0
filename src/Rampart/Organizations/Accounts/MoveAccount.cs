using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Accounts;

public sealed record MoveAccountRequest(string AccountId, string SourceParentId, string DestinationParentId);

/// <summary>Moves an account from its parent to another root or OU; the next request of the account is governed
/// by the policies of its new place.</summary>
public sealed class MoveAccount(IStore store, OrganizationDirectory directory)
    : OrganizationsOperation<MoveAccountRequest, EmptyResponse>
{
    public override string Name => "MoveAccount";

    protected override OperationDeclaration<MoveAccountRequest> Declaration { get; } = new()
    {
        Action = "organizations:MoveAccount",
        ReadOnly = false,
        Resources = (request, call) =>
        [
            .. new OrganizationArns(directory).Account(call, request.AccountId),
            .. new OrganizationArns(directory).Parent(call, request.SourceParentId),
            .. new OrganizationArns(directory).Parent(call, request.DestinationParentId),
        ],
    };

    protected override async Task<EmptyResponse> HandleAsync(MoveAccountRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        var tree = new OrganizationStore(store);
        await StoreRetry.RunAsync(
            async token =>
            {
                var account = await tree.RequireAccountAsync(organization.Id, request.AccountId, token);
                _ = await tree.FindParentAsync(organization, request.SourceParentId, token) ?? throw OrgErrors.SourceParentNotFound();
                var destination = await tree.FindParentAsync(organization, request.DestinationParentId, token)
                    ?? throw OrgErrors.DestinationParentNotFound();
                if (account.Record.ParentId != request.SourceParentId)
                {
                    throw OrgErrors.AccountNotFound();
                }
                if (destination.Id == account.Record.ParentId)
                {
                    throw OrgErrors.DuplicateAccount();
                }
                await store.CommitAsync([.. OrganizationStore.Move(account, destination)], token);
                return 0;
            },
            cancellationToken: cancellationToken);
        directory.Forget(request.AccountId);
        return EmptyResponse.Instance;
    }
}
