using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.InstanceProfiles;

public sealed record DeleteInstanceProfileRequest(string InstanceProfileName);

/// <summary>Deletes an instance profile that holds no role.</summary>
public sealed class DeleteInstanceProfile(IStore store) : InstanceProfileOperation<DeleteInstanceProfileRequest, EmptyResponse>
{
    public override string Name => "DeleteInstanceProfile";

    protected override OperationDeclaration<DeleteInstanceProfileRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteInstanceProfile",
        ReadOnly = false,
        Resources = (request, call) => ProfileArn(call, request.InstanceProfileName),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteInstanceProfileRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var (profile, version) = await new InstanceProfileDirectory(store).RequireAsync(call.AccountId, request.InstanceProfileName, token);
            if (profile.RoleIds.Count > 0)
            {
                throw IamErrors.MustDeleteFirst("remove roles from instance profile");
            }
            return await store.CommitAsync([.. InstanceProfileDirectory.Delete(profile, version)], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
