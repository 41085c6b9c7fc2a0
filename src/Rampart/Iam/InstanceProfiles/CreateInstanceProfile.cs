using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.InstanceProfiles;

public sealed record CreateInstanceProfileRequest(string InstanceProfileName, string? Path, IReadOnlyList<IamTag>? Tags);

public sealed record InstanceProfileResponse(InstanceProfileOutput InstanceProfile);

public sealed class CreateInstanceProfile(IStore store) : InstanceProfileOperation<CreateInstanceProfileRequest, InstanceProfileResponse>
{
    public override string Name => "CreateInstanceProfile";

    protected override OperationDeclaration<CreateInstanceProfileRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateInstanceProfile",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.Of(call.AccountId, "instance-profile", request.Path, request.InstanceProfileName)],
        RequestTags = request => IamTags.ToDictionary(request.Tags ?? []),
    };

    protected override async Task<InstanceProfileResponse> HandleAsync(CreateInstanceProfileRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        var profile = new InstanceProfileRecord(call.AccountId, request.InstanceProfileName, IamIds.NewInstanceProfileId(), IamPath.OrRoot(request.Path),
            IamClock.ToSeconds(call.Time), [], request.Tags ?? []);
        await AccountQuota.InstanceProfiles.EnsureRoomAsync(store, call.AccountId, cancellationToken);
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync([.. InstanceProfileDirectory.Create(profile)], cancellationToken),
            _ => IamErrors.EntityAlreadyExists($"Instance Profile {request.InstanceProfileName} already exists."));
        return new InstanceProfileResponse(await new InstanceProfileDirectory(store).OutputAsync(profile, cancellationToken));
    }
}
