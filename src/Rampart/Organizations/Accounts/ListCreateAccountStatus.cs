using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Accounts;

public sealed record ListCreateAccountStatusRequest(IReadOnlyList<string>? States, string? NextToken, int? MaxResults);

public sealed record ListCreateAccountStatusResponse(IReadOnlyList<CreateAccountStatusOutput> CreateAccountStatuses, string? NextToken);

/// <summary>Lists the organization's CreateAccount requests, optionally only those in the given states. A page
/// filtered by state may hold fewer than MaxResults entries while a NextToken says there are more, as AWS warns.</summary>
public sealed class ListCreateAccountStatus(IStore store)
    : OrganizationsOperation<ListCreateAccountStatusRequest, ListCreateAccountStatusResponse>
{
    public override string Name => "ListCreateAccountStatus";

    protected override OperationDeclaration<ListCreateAccountStatusRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListCreateAccountStatus",
        ReadOnly = true,
    };

    protected override async Task<ListCreateAccountStatusResponse> HandleAsync(
        ListCreateAccountStatusRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken);
        var page = await OrgPaging.ListAsync(
            store, OrgCollections.CreateAccountStatus, organization.Record.Id, null, request.NextToken, request.MaxResults, cancellationToken);
        var statuses = page.Items
            .Select(item => OrgJson.Read<CreateAccountStatusRecord>(item.Json))
            .Where(status => request.States is not { Count: > 0 } states || states.Contains(status.State))
            .Select(CreateAccountStatusOutput.Of)
            .ToList();
        return new ListCreateAccountStatusResponse(statuses, OrgPaging.Token(page.NextStartAfter));
    }
}
