using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.InstanceProfiles;

public sealed record GetInstanceProfileRequest(string InstanceProfileName);

public sealed class GetInstanceProfile(IStore store) : InstanceProfileOperation<GetInstanceProfileRequest, InstanceProfileResponse>
{
    public override string Name => "GetInstanceProfile";

    protected override OperationDeclaration<GetInstanceProfileRequest> Declaration { get; } = new()
    {
        Action = "iam:GetInstanceProfile",
        ReadOnly = true,
        Resources = (request, call) => ProfileArn(call, request.InstanceProfileName),
    };

    protected override async Task<InstanceProfileResponse> HandleAsync(GetInstanceProfileRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var profiles = new InstanceProfileDirectory(store);
        var (profile, _) = await profiles.RequireAsync(call.AccountId, request.InstanceProfileName, cancellationToken);
        return new InstanceProfileResponse(await profiles.OutputAsync(profile, cancellationToken));
    }
}
