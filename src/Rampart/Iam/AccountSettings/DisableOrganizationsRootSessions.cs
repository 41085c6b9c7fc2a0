using Rampart.Iam.Passwords;
using Rampart.Operations;
using Rampart.Organizations;
using Rampart.Storage;

namespace Rampart.Iam.AccountSettings;

/// <summary>Stops privileged root sessions in member accounts.</summary>
public sealed class DisableOrganizationsRootSessions(IStore store, IEnumerable<IOrganizationDirectory> directories) : AccountSettingsOperation<NoParametersRequest, OrganizationFeaturesResponse>
{
    private readonly OrganizationFeatures features = new(store, directories);

    public override string Name => "DisableOrganizationsRootSessions";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:DisableOrganizationsRootSessions",
        ReadOnly = false,
    };

    protected override async Task<OrganizationFeaturesResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var placement = await features.RequireManagerAsync(call.AccountId, enabling: false, cancellationToken);
        return new OrganizationFeaturesResponse(
            placement.OrganizationId,
            await features.SetAsync(placement.OrganizationId, OrganizationFeatures.RootSessions, false, cancellationToken));
    }
}
