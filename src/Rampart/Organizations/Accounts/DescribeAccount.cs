using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Accounts;

public sealed record DescribeAccountRequest(string AccountId);

public sealed record DescribeAccountResponse(AccountOutput Account);

public sealed class DescribeAccount(IStore store, OrganizationDirectory directory)
    : OrganizationsOperation<DescribeAccountRequest, DescribeAccountResponse>
{
    public override string Name => "DescribeAccount";

    protected override OperationDeclaration<DescribeAccountRequest> Declaration { get; } = new()
    {
        Action = "organizations:DescribeAccount",
        ReadOnly = true,
        Resources = (request, call) => new OrganizationArns(directory).Account(call, request.AccountId),
    };

    protected override async Task<DescribeAccountResponse> HandleAsync(DescribeAccountRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken);
        var account = await new OrganizationStore(store).RequireAccountAsync(organization.Record.Id, request.AccountId, cancellationToken);
        var placement = await directory.FindAsync(request.AccountId, cancellationToken);
        return new DescribeAccountResponse(AccountOutput.Of(organization.Record, account.Record, placement, call.Time));
    }
}
