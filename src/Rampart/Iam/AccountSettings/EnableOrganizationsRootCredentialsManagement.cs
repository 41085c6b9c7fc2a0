using Rampart.Iam.Passwords;
using Rampart.Operations;
using Rampart.Organizations;
using Rampart.Storage;

namespace Rampart.Iam.AccountSettings;

/// <summary>Lets the management account manage member accounts' root credentials centrally.</summary>
public sealed class EnableOrganizationsRootCredentialsManagement(IStore store, IEnumerable<IOrganizationDirectory> directories) : AccountSettingsOperation<NoParametersRequest, OrganizationFeaturesResponse>
{
    private readonly OrganizationFeatures features = new(store, directories);

    public override string Name => "EnableOrganizationsRootCredentialsManagement";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:EnableOrganizationsRootCredentialsManagement",
        ReadOnly = false,
    };

    protected override async Task<OrganizationFeaturesResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var placement = await features.RequireManagerAsync(call.AccountId, enabling: true, cancellationToken);
        return new OrganizationFeaturesResponse(
            placement.OrganizationId,
            await features.SetAsync(placement.OrganizationId, OrganizationFeatures.RootCredentialsManagement, true, cancellationToken));
    }
}
