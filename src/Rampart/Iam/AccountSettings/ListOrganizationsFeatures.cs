using Rampart.Iam.Passwords;
using Rampart.Operations;
using Rampart.Organizations;
using Rampart.Storage;

namespace Rampart.Iam.AccountSettings;

/// <summary>The centralized root access features enabled for the caller's organization.</summary>
public sealed class ListOrganizationsFeatures(IStore store, IEnumerable<IOrganizationDirectory> directories) : AccountSettingsOperation<NoParametersRequest, OrganizationFeaturesResponse>
{
    private readonly OrganizationFeatures features = new(store, directories);

    public override string Name => "ListOrganizationsFeatures";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:ListOrganizationsFeatures",
        ReadOnly = true,
    };

    protected override async Task<OrganizationFeaturesResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var placement = await features.RequireManagerAsync(call.AccountId, enabling: false, cancellationToken);
        return new OrganizationFeaturesResponse(placement.OrganizationId, await features.EnabledAsync(placement.OrganizationId, cancellationToken));
    }
}
