using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Protocol;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Accounts;

public sealed record CloseAccountRequest(string AccountId);

/// <summary>Closes a member account, as AWS does in the background: the account shows PENDING_CLOSURE, then
/// SUSPENDED (see <see cref="MemberAccountRecord.StatusAt"/>), and stays in the organization. From the request on,
/// its credentials sign nothing. The management account cannot be closed this way, a closed account cannot be
/// closed again, and an organization closes at most <see cref="CloseAccountQuota"/> accounts in 30 days.</summary>
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
            throw OrgErrors.Constraint("CANNOT_CLOSE_MANAGEMENT_ACCOUNT",
                "You attempted to close the management account. To close the management account for the organization, you must first either remove or close all member accounts in the organization. Follow standard account closure process using root credentials.");
        }
        var tree = new OrganizationStore(store);
        await StoreRetry.RunAsync(
            async token =>
            {
                var account = await tree.RequireAccountAsync(organization.Id, request.AccountId, token);
                switch (account.Record.StatusAt(call.Time))
                {
                    case MemberAccountRecord.PendingClosure:
                        throw new AwsException("ConflictException", "The request failed because it conflicts with the current state of the specified resource.", 409);
                    case not MemberAccountRecord.Active:
                        throw OrgErrors.AccountAlreadyClosed();
                }
                var quota = CloseAccountQuota.For(await store.CountAsync(OrgCollections.Account, organization.Id, token) - 1);
                var closedRecently = await store.ListAsync(
                    new ListQuery(OrgCollections.AccountClosure, organization.Id, null, AccountClosureKeys.StartOfPeriod(call.Time), quota), token);
                if (closedRecently.Items.Count >= quota)
                {
                    throw OrgErrors.Constraint("CLOSE_ACCOUNT_QUOTA_EXCEEDED", "You have exceeded close account quota for the past 30 days.");
                }
                var closing = account.Record with { Status = MemberAccountRecord.PendingClosure, ClosureRequestedAt = call.Time };
                return await store.CommitAsync(
                [
                    new StoreWrite.Put(TreeKeys.Account(organization.Id, request.AccountId), OrgJson.Write(closing), account.Version),
                    new StoreWrite.Put(AccountClosureKeys.Of(organization.Id, call.Time, request.AccountId), OrgJson.Write(request.AccountId), StoreWrite.Absent),
                ], token);
            },
            cancellationToken: cancellationToken);
        directory.Forget(request.AccountId);
        return EmptyResponse.Instance;
    }
}
