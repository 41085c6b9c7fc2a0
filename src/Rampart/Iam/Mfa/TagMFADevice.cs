using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record TagMFADeviceRequest(string SerialNumber, IReadOnlyList<IamTag> Tags);

/// <summary>Adds tags to a virtual MFA device, replacing the values of keys it already has.</summary>
public sealed class TagMFADevice(IStore store, SecretProtector secrets) : MfaOperation<TagMFADeviceRequest, EmptyResponse>
{
    public override string Name => "TagMFADevice";

    protected override OperationDeclaration<TagMFADeviceRequest> Declaration { get; } = new()
    {
        Action = "iam:TagMFADevice",
        ReadOnly = false,
        Resources = (request, call) => [DeviceArn(call, request.SerialNumber)],
        RequestTags = request => IamTags.ToDictionary(request.Tags),
    };

    protected override async Task<EmptyResponse> HandleAsync(TagMFADeviceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        await MfaTags.ChangeAsync(store, secrets, call.AccountId, request.SerialNumber, tags => IamTags.Merge(tags, request.Tags, "MFADevice"), cancellationToken);
        return EmptyResponse.Instance;
    }
}
