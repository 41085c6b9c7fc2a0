using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tagging;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Accounts;

public sealed record CreateGovCloudAccountResponse(CreateAccountStatusOutput CreateAccountStatus);

/// <summary>Rampart serves the commercial partition only, so no management account is GovCloud-enabled, and AWS
/// refuses the request for such an organization.</summary>
public sealed class CreateGovCloudAccount(IStore store) : OrganizationsOperation<CreateAccountRequest, CreateGovCloudAccountResponse>
{
    public override string Name => "CreateGovCloudAccount";

    protected override OperationDeclaration<CreateAccountRequest> Declaration { get; } = new()
    {
        Action = "organizations:CreateGovCloudAccount",
        ReadOnly = false,
        RequestTags = request => OrgTags.ToDictionary(request.Tags),
    };

    protected override async Task<CreateGovCloudAccountResponse> HandleAsync(CreateAccountRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken);
        throw OrgErrors.Constraint(
            "MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED",
            "To complete this operation, the management account must have an associated account in the AWS GovCloud (US-West) Region.");
    }
}
