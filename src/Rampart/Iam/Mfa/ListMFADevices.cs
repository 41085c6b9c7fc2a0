using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record ListMFADevicesRequest(string? UserName, string? Marker, int? MaxItems);

public sealed record MfaDeviceOutput(string UserName, string SerialNumber, DateTimeOffset EnableDate);

public sealed record ListMFADevicesResponse(IReadOnlyList<MfaDeviceOutput> MFADevices, bool IsTruncated, string? Marker);

/// <summary>The MFA devices enabled for a user (the caller when no user is named); a user has at most a few, so
/// they page in memory.</summary>
public sealed class ListMFADevices(IStore store, SecretProtector secrets) : MfaOperation<ListMFADevicesRequest, ListMFADevicesResponse>
{
    public override string Name => "ListMFADevices";

    protected override OperationDeclaration<ListMFADevicesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListMFADevices",
        ReadOnly = true,
        Resources = (request, call) => [UserArn(call, request.UserName)],
    };

    protected override async Task<ListMFADevicesResponse> HandleAsync(ListMFADevicesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var userName = request.UserName ?? call.Caller.UserName;
        if (userName is null)
        {
            return new ListMFADevicesResponse([], false, null);
        }
        var user = (await new UserDirectory(store).RequireAsync(call.AccountId, userName, cancellationToken)).User;
        var devices = await new MfaDevices(store, secrets).OfUserAsync(call.AccountId, user.UserId, cancellationToken);
        var page = SmallPage.Of([.. devices.Select(d => new MfaDeviceOutput(user.UserName, d.SerialNumber, d.EnableDate!.Value))], request.Marker, request.MaxItems);
        return new ListMFADevicesResponse(page.Items, page.IsTruncated, page.Marker);
    }
}
