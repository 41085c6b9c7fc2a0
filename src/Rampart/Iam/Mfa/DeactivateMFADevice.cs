using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record DeactivateMFADeviceRequest(string? UserName, string SerialNumber);

/// <summary>Detaches an MFA device from its user; the device remains and can be enabled again.</summary>
public sealed class DeactivateMFADevice(IStore store, SecretProtector secrets) : MfaOperation<DeactivateMFADeviceRequest, EmptyResponse>
{
    public override string Name => "DeactivateMFADevice";

    protected override OperationDeclaration<DeactivateMFADeviceRequest> Declaration { get; } = new()
    {
        Action = "iam:DeactivateMFADevice",
        ReadOnly = false,
        Resources = (request, call) => [UserArn(call, request.UserName)],
    };

    protected override async Task<EmptyResponse> HandleAsync(DeactivateMFADeviceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (device, version) = await new MfaDevices(store, secrets).RequireAsync(call.AccountId, request.SerialNumber, cancellationToken);
        if (device.UserId is not { } userId || (request.UserName is { } name && !IamName.SameName(name, device.UserName!)))
        {
            throw IamErrors.NoSuchEntity($"MFA Device with serial number {request.SerialNumber} does not exist.");
        }
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync(
            [
                new StoreWrite.Put(MfaDevices.KeyOf(call.AccountId, device.SerialNumber), IamJson.Write(device with { UserName = null, UserId = null, EnableDate = null }), version),
                new StoreWrite.Delete(MfaDevices.UserKeyOf(call.AccountId, userId, device.SerialNumber)),
            ], cancellationToken),
            _ => null);
        return EmptyResponse.Instance;
    }
}
