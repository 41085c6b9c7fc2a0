using Rampart.Iam.Passwords;
using Rampart.Operations;
using Rampart.Organizations;
using Rampart.Storage;

namespace Rampart.Iam.AccountSettings;

/// <summary>Lets the management account take privileged root sessions in member accounts.</summary>
public sealed class EnableOrganizationsRootSessions(IStore store, IEnumerable<IOrganizationDirectory> directories) : AccountSettingsOperation<NoParametersRequest, OrganizationFeaturesResponse>
{
    private readonly OrganizationFeatures features = new(store, directories);

    public override string Name => "EnableOrganizationsRootSessions";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:EnableOrganizationsRootSessions",
        ReadOnly = false,
    };

    protected override async Task<OrganizationFeaturesResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var placement = await features.RequireManagerAsync(call.AccountId, enabling: true, cancellationToken);
        return new OrganizationFeaturesResponse(
            placement.OrganizationId,
            await features.SetAsync(placement.OrganizationId, OrganizationFeatures.RootSessions, true, cancellationToken));
    }
}
