using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record EnableMFADeviceRequest(string UserName, string SerialNumber, string AuthenticationCode1, string AuthenticationCode2);

/// <summary>Enables a virtual MFA device for a user, proven by two consecutive codes from it.</summary>
public sealed class EnableMFADevice(IStore store, SecretProtector secrets) : MfaOperation<EnableMFADeviceRequest, EmptyResponse>
{
    /// <summary>How far back the two codes may lie: authenticator clocks drift, and users type slowly.</summary>
    private const int StepsBack = 10;

    public override string Name => "EnableMFADevice";

    protected override OperationDeclaration<EnableMFADeviceRequest> Declaration { get; } = new()
    {
        Action = "iam:EnableMFADevice",
        ReadOnly = false,
        Resources = (request, call) => [UserArn(call, request.UserName)],
    };

    protected override async Task<EmptyResponse> HandleAsync(EnableMFADeviceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = (await new UserDirectory(store).RequireAsync(call.AccountId, request.UserName, cancellationToken)).User;
        var devices = new MfaDevices(store, secrets);
        var (device, version) = await devices.RequireAsync(call.AccountId, request.SerialNumber, cancellationToken);
        if (device.EnableDate is not null)
        {
            throw IamErrors.EntityAlreadyExists("MFA Device is already in use.");
        }
        var seed = devices.SeedOf(device);
        var now = Totp.StepAt(call.Time);
        var step = Totp.FindConsecutive(seed, now - StepsBack, now, request.AuthenticationCode1, request.AuthenticationCode2)
            ?? throw new Protocol.AwsException("InvalidAuthenticationCode", "Authentication code for device is not valid.", 403);
        var enabled = device with { UserName = user.UserName, UserId = user.UserId, EnableDate = IamClock.ToSeconds(call.Time), LastAcceptedStep = step + 1 };
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync(
            [
                new StoreWrite.Put(MfaDevices.KeyOf(call.AccountId, device.SerialNumber), IamJson.Write(enabled), version),
                new StoreWrite.Put(MfaDevices.UserKeyOf(call.AccountId, user.UserId, device.SerialNumber), IamJson.Write(new MfaUserEntry(device.SerialNumber))),
            ], cancellationToken),
            _ => null);
        return EmptyResponse.Instance;
    }
}
