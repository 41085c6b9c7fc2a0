using Rampart.Iam.Passwords;
using Rampart.Operations;
using Rampart.Organizations;
using Rampart.Storage;

namespace Rampart.Iam.AccountSettings;

/// <summary>Stops central management of member accounts' root credentials.</summary>
public sealed class DisableOrganizationsRootCredentialsManagement(IStore store, IEnumerable<IOrganizationDirectory> directories) : AccountSettingsOperation<NoParametersRequest, OrganizationFeaturesResponse>
{
    private readonly OrganizationFeatures features = new(store, directories);

    public override string Name => "DisableOrganizationsRootCredentialsManagement";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:DisableOrganizationsRootCredentialsManagement",
        ReadOnly = false,
    };

    protected override async Task<OrganizationFeaturesResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var placement = await features.RequireManagerAsync(call.AccountId, enabling: false, cancellationToken);
        return new OrganizationFeaturesResponse(
            placement.OrganizationId,
            await features.SetAsync(placement.OrganizationId, OrganizationFeatures.RootCredentialsManagement, false, cancellationToken));
    }
}
