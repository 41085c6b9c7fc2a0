using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.ServiceAccess;

public sealed record ListAWSServiceAccessForOrganizationRequest(string? NextToken, int? MaxResults);

public sealed record EnabledServicePrincipal(string ServicePrincipal, DateTimeOffset DateEnabled);

public sealed record ListAWSServiceAccessForOrganizationResponse(IReadOnlyList<EnabledServicePrincipal> EnabledServicePrincipals, string? NextToken);

public sealed class ListAWSServiceAccessForOrganization(IStore store)
    : OrganizationsOperation<ListAWSServiceAccessForOrganizationRequest, ListAWSServiceAccessForOrganizationResponse>
{
    public override string Name => "ListAWSServiceAccessForOrganization";

    protected override OperationDeclaration<ListAWSServiceAccessForOrganizationRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListAWSServiceAccessForOrganization",
        ReadOnly = true,
    };

    protected override async Task<ListAWSServiceAccessForOrganizationResponse> HandleAsync(
        ListAWSServiceAccessForOrganizationRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var page = await OrgPaging.ListAsync(store, OrgCollections.ServiceAccess, organization.Id, null, request.NextToken, request.MaxResults, cancellationToken);
        var enabled = page.Items
            .Select(item => OrgJson.Read<ServiceAccessRecord>(item.Json))
            .Select(access => new EnabledServicePrincipal(access.ServicePrincipal, access.DateEnabled))
            .ToList();
        return new ListAWSServiceAccessForOrganizationResponse(enabled, OrgPaging.Token(page.NextStartAfter));
    }
}
