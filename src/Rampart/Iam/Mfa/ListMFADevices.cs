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

/// <summary>The MFA devices enabled for a user (the calling user or root user when no user is named); a user has at
/// most a few, so they page in memory.</summary>
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
        string userId, userName;
        if (CallerUser.IsRoot(request.UserName, call))
        {
            // The root user's devices are kept under its ID, the account ID, which also stands in for its name.
            userId = userName = call.AccountId;
        }
        else if ((request.UserName ?? call.Caller.UserName) is { } name)
        {
            var user = (await new UserDirectory(store).RequireAsync(call.AccountId, name, cancellationToken)).User;
            (userId, userName) = (user.UserId, user.UserName);
        }
        else
        {
            return new ListMFADevicesResponse([], false, null);
        }
        var devices = await new MfaDevices(store, secrets).OfUserAsync(call.AccountId, userId, cancellationToken);
        var page = SmallPage.Of([.. devices.Select(d => new MfaDeviceOutput(userName, d.SerialNumber, d.EnableDate!.Value))], request.Marker, request.MaxItems);
        return new ListMFADevicesResponse(page.Items, page.IsTruncated, page.Marker);
    }
}
