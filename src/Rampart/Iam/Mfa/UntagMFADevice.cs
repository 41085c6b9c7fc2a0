using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record UntagMFADeviceRequest(string SerialNumber, IReadOnlyList<string> TagKeys);

/// <summary>Removes tags from a virtual MFA device; keys it does not have are ignored.</summary>
public sealed class UntagMFADevice(IStore store, SecretProtector secrets) : MfaOperation<UntagMFADeviceRequest, EmptyResponse>
{
    public override string Name => "UntagMFADevice";

    protected override OperationDeclaration<UntagMFADeviceRequest> Declaration { get; } = new()
    {
        Action = "iam:UntagMFADevice",
        ReadOnly = false,
        Resources = (request, call) => [DeviceArn(call, request.SerialNumber)],
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys) },
    };

    protected override async Task<EmptyResponse> HandleAsync(UntagMFADeviceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await MfaTags.ChangeAsync(store, secrets, call.AccountId, request.SerialNumber, tags => IamTags.Remove(tags, request.TagKeys), cancellationToken);
        return EmptyResponse.Instance;
    }
}
