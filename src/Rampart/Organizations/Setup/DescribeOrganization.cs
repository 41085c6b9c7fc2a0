using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Setup;

public sealed record DescribeOrganizationResponse(OrganizationOutput Organization);

/// <summary>Describes the caller's organization; every member account may ask.</summary>
public sealed class DescribeOrganization(IStore store) : OrganizationsOperation<NoParametersRequest, DescribeOrganizationResponse>
{
    public override string Name => "DescribeOrganization";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "organizations:DescribeOrganization",
        ReadOnly = true,
    };

    protected override async Task<DescribeOrganizationResponse> HandleAsync(
        NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = await new OrganizationAccess(store).RequireMemberAsync(call, cancellationToken);
        return new DescribeOrganizationResponse(OrganizationOutputs.Of(organization.Record));
    }
}
