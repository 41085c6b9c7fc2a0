using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record GetMFADeviceRequest(string SerialNumber, string? UserName);

/// <summary>The model's GetMFADeviceResponse; Certifications describe FIPS-certified hardware keys, which a virtual
/// device never has.</summary>
public sealed record GetMFADeviceResponse(string? UserName, string SerialNumber, DateTimeOffset? EnableDate);

/// <summary>One MFA device of a user (the caller when none is named): its serial number and when it was enabled.</summary>
public sealed class GetMFADevice(IStore store, SecretProtector secrets) : MfaOperation<GetMFADeviceRequest, GetMFADeviceResponse>
{
    public override string Name => "GetMFADevice";

    protected override OperationDeclaration<GetMFADeviceRequest> Declaration { get; } = new()
    {
        Action = "iam:GetMFADevice",
        ReadOnly = true,
        Resources = (request, call) => [UserArn(call, request.UserName)],
    };

    protected override async Task<GetMFADeviceResponse> HandleAsync(GetMFADeviceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = (await new UserDirectory(store).RequireAsync(call.AccountId, CallerUser.NameOrCaller(request.UserName, call), cancellationToken)).User;
        var (device, _) = await new MfaDevices(store, secrets).RequireAsync(call.AccountId, request.SerialNumber, cancellationToken);
        if (device.UserId != user.UserId)
        {
            throw Common.IamErrors.NoSuchEntity($"MFA Device with serial number {request.SerialNumber} does not exist for user {user.UserName}.");
        }
        return new GetMFADeviceResponse(user.UserName, device.SerialNumber, device.EnableDate);
    }
}
