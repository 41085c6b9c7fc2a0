using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record ResyncMFADeviceRequest(string UserName, string SerialNumber, string AuthenticationCode1, string AuthenticationCode2);

/// <summary>Brings an enabled device back in step with two consecutive codes, as enabling it does.</summary>
public sealed class ResyncMFADevice(IStore store, SecretProtector secrets) : MfaOperation<ResyncMFADeviceRequest, EmptyResponse>
{
    /// <summary>How far from now the two codes may lie either way: a device out of sync has a drifting clock.</summary>
    private const int StepsAround = 10;

    public override string Name => "ResyncMFADevice";

    protected override OperationDeclaration<ResyncMFADeviceRequest> Declaration { get; } = new()
    {
        Action = "iam:ResyncMFADevice",
        ReadOnly = false,
        Resources = (request, call) => [UserArn(call, request.UserName)],
    };

    protected override async Task<EmptyResponse> HandleAsync(ResyncMFADeviceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = (await new UserDirectory(store).RequireAsync(call.AccountId, request.UserName, cancellationToken)).User;
        var devices = new MfaDevices(store, secrets);
        var (device, version) = await devices.RequireAsync(call.AccountId, request.SerialNumber, cancellationToken);
        if (device.UserId != user.UserId)
        {
            throw IamErrors.NoSuchEntity($"MFA Device with serial number {request.SerialNumber} does not exist.");
        }
        var seed = devices.SeedOf(device);
        var now = Totp.StepAt(call.Time);
        // A code already accepted must not serve again, so the search starts after the last accepted step.
        var first = Math.Max(now - StepsAround, device.LastAcceptedStep + 1);
        if (Totp.FindConsecutive(seed, first, now + StepsAround, request.AuthenticationCode1, request.AuthenticationCode2) is { } step)
        {
            await IamConflicts.CreatingAsync(
                () => store.CommitAsync([new StoreWrite.Put(MfaDevices.KeyOf(call.AccountId, device.SerialNumber), IamJson.Write(device with { LastAcceptedStep = step + 1 }), version)], cancellationToken),
                _ => null);
            return EmptyResponse.Instance;
        }
        throw new Protocol.AwsException("InvalidAuthenticationCode", "Authentication code for device is not valid.", 403);
    }
}
