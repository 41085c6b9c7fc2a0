using System.Security.Cryptography;
using System.Text;
using Rampart.Iam.Common;
using Rampart.Iam.Mfa.QrCode;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record CreateVirtualMFADeviceRequest(string VirtualMFADeviceName, string? Path, IReadOnlyList<IamTag>? Tags);

/// <summary>The model's VirtualMFADevice; the seed and its QR code are shown once, at creation.</summary>
public sealed record VirtualMfaDeviceOutput(string SerialNumber, byte[]? Base32StringSeed, DateTimeOffset? EnableDate, byte[]? QRCodePNG = null);

public sealed record CreateVirtualMFADeviceResponse(VirtualMfaDeviceOutput VirtualMFADevice);

/// <summary>Creates a virtual MFA device with a random 20-byte seed (160 bits, as RFC 4226 recommends), returned
/// base32-encoded and as a QR code PNG of the otpauth:// URI that authenticator apps scan.</summary>
public sealed class CreateVirtualMFADevice(IStore store, SecretProtector secrets) : MfaOperation<CreateVirtualMFADeviceRequest, CreateVirtualMFADeviceResponse>
{
    public override string Name => "CreateVirtualMFADevice";

    protected override OperationDeclaration<CreateVirtualMFADeviceRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateVirtualMFADevice",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.Of(call.AccountId, "mfa", request.Path, request.VirtualMFADeviceName)],
        RequestTags = request => IamTags.ToDictionary(request.Tags ?? []),
    };

    protected override async Task<CreateVirtualMFADeviceResponse> HandleAsync(CreateVirtualMFADeviceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        var serial = IamArn.Of(call.AccountId, "mfa", request.Path, request.VirtualMFADeviceName);
        var seed = RandomNumberGenerator.GetBytes(20);
        var devices = new MfaDevices(store, secrets);
        var device = new MfaDeviceRecord(call.AccountId, serial, devices.Protect(serial, seed), IamClock.ToSeconds(call.Time), null, null, null, 0, request.Tags ?? []);
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync([new StoreWrite.Put(MfaDevices.KeyOf(call.AccountId, serial), IamJson.Write(device), StoreWrite.Absent)], cancellationToken),
            _ => IamErrors.EntityAlreadyExists("MFADevice entity at the same path and name already exists."));
        var base32 = Base32.Encode(seed);
        var qrCode = PngImage.Of(QrMatrix.Encode(Encoding.UTF8.GetBytes(OtpAuthUri.For(request.VirtualMFADeviceName, call.AccountId, base32))));
        return new CreateVirtualMFADeviceResponse(new VirtualMfaDeviceOutput(serial, Encoding.ASCII.GetBytes(base32), null, qrCode));
    }
}
