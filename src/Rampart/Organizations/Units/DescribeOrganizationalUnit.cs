using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Units;

public sealed record DescribeOrganizationalUnitRequest(string OrganizationalUnitId);

public sealed record DescribeOrganizationalUnitResponse(UnitOutput OrganizationalUnit);

public sealed class DescribeOrganizationalUnit(IStore store, OrganizationDirectory directory)
    : OrganizationsOperation<DescribeOrganizationalUnitRequest, DescribeOrganizationalUnitResponse>
{
    public override string Name => "DescribeOrganizationalUnit";

    protected override OperationDeclaration<DescribeOrganizationalUnitRequest> Declaration { get; } = new()
    {
        Action = "organizations:DescribeOrganizationalUnit",
        ReadOnly = true,
        Resources = (request, call) => new OrganizationArns(directory).Unit(call, request.OrganizationalUnitId),
    };

    protected override async Task<DescribeOrganizationalUnitResponse> HandleAsync(
        DescribeOrganizationalUnitRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var unit = await new OrganizationStore(store).RequireUnitAsync(organization.Id, request.OrganizationalUnitId, cancellationToken);
        return new DescribeOrganizationalUnitResponse(UnitOutput.Of(organization, unit.Record));
    }
}
