using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Accounts;

public sealed record DescribeCreateAccountStatusRequest(string CreateAccountRequestId);

public sealed record DescribeCreateAccountStatusResponse(CreateAccountStatusOutput CreateAccountStatus);

public sealed class DescribeCreateAccountStatus(IStore store)
    : OrganizationsOperation<DescribeCreateAccountStatusRequest, DescribeCreateAccountStatusResponse>
{
    public override string Name => "DescribeCreateAccountStatus";

    protected override OperationDeclaration<DescribeCreateAccountStatusRequest> Declaration { get; } = new()
    {
        Action = "organizations:DescribeCreateAccountStatus",
        ReadOnly = true,
    };

    protected override async Task<DescribeCreateAccountStatusResponse> HandleAsync(
        DescribeCreateAccountStatusRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken);
        var item = await store.GetAsync(
            new ItemKey(OrgCollections.CreateAccountStatus, organization.Record.Id, request.CreateAccountRequestId), cancellationToken)
            ?? throw OrgErrors.CreateAccountStatusNotFound();
        return new DescribeCreateAccountStatusResponse(CreateAccountStatusOutput.Of(OrgJson.Read<CreateAccountStatusRecord>(item.Json)));
    }
}
