using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record DeleteVirtualMFADeviceRequest(string SerialNumber);

/// <summary>Deletes a virtual MFA device that is not enabled for a user.</summary>
public sealed class DeleteVirtualMFADevice(IStore store, SecretProtector secrets) : MfaOperation<DeleteVirtualMFADeviceRequest, EmptyResponse>
{
    public override string Name => "DeleteVirtualMFADevice";

    protected override OperationDeclaration<DeleteVirtualMFADeviceRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteVirtualMFADevice",
        ReadOnly = false,
        Resources = (request, call) => [DeviceArn(call, request.SerialNumber)],
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteVirtualMFADeviceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (device, version) = await new MfaDevices(store, secrets).RequireAsync(call.AccountId, request.SerialNumber, cancellationToken);
        if (device.EnableDate is not null)
        {
            throw IamErrors.DeleteConflict("MFA VirtualDevice in use. Must deactivate first.");
        }
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync([new StoreWrite.Delete(MfaDevices.KeyOf(call.AccountId, device.SerialNumber), version)], cancellationToken),
            _ => null);
        return EmptyResponse.Instance;
    }
}
