using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Accounts;

public sealed record CloseAccountRequest(string AccountId);

/// <summary>Closes a member account. As in AWS it stays in the organization, SUSPENDED, and cannot be closed again;
/// the management account cannot be closed this way.</summary>
public sealed class CloseAccount(IStore store, OrganizationDirectory directory)
    : OrganizationsOperation<CloseAccountRequest, EmptyResponse>
{
    public override string Name => "CloseAccount";

    protected override OperationDeclaration<CloseAccountRequest> Declaration { get; } = new()
    {
        Action = "organizations:CloseAccount",
        ReadOnly = false,
        Resources = (request, call) => new OrganizationArns(directory).Account(call, request.AccountId),
    };

    protected override async Task<EmptyResponse> HandleAsync(CloseAccountRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        if (request.AccountId == organization.ManagementAccountId)
        {
            throw OrgErrors.Constraint("CANNOT_CLOSE_MANAGEMENT_ACCOUNT", "You can't close the management account with this operation.");
        }
        var tree = new OrganizationStore(store);
        await StoreRetry.RunAsync(
            async token =>
            {
                var account = await tree.RequireAccountAsync(organization.Id, request.AccountId, token);
                if (account.Record.Status != MemberAccountRecord.Active)
                {
                    throw OrgErrors.AccountAlreadyClosed();
                }
                var closed = account.Record with { Status = MemberAccountRecord.Suspended };
                await store.PutAsync(TreeKeys.Account(organization.Id, request.AccountId), OrgJson.Write(closed), account.Version, token);
                return 0;
            },
            cancellationToken: cancellationToken);
        directory.Forget(request.AccountId);
        return EmptyResponse.Instance;
    }
}
