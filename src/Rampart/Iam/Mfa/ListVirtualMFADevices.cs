using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Mfa;

public sealed record ListVirtualMFADevicesRequest(string? AssignmentStatus, string? Marker, int? MaxItems);

public sealed record ListedVirtualMfaDevice(string SerialNumber, DateTimeOffset? EnableDate);

public sealed record ListVirtualMFADevicesResponse(IReadOnlyList<ListedVirtualMfaDevice> VirtualMFADevices, bool IsTruncated, string? Marker);

/// <summary>The account's virtual MFA devices by serial number, filtered by whether they are enabled for a user.</summary>
public sealed class ListVirtualMFADevices(IStore store) : MfaOperation<ListVirtualMFADevicesRequest, ListVirtualMFADevicesResponse>
{
    public override string Name => "ListVirtualMFADevices";

    protected override OperationDeclaration<ListVirtualMFADevicesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListVirtualMFADevices",
        ReadOnly = true,
    };

    protected override async Task<ListVirtualMFADevicesResponse> HandleAsync(ListVirtualMFADevicesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(store, MfaDevices.Collection, call.AccountId, null, request.Marker, request.MaxItems, cancellationToken);
        var devices = page.Items
            .Select(item => IamJson.Read<MfaDeviceRecord>(item.Json))
            .Where(device => request.AssignmentStatus switch
            {
                "Assigned" => device.EnableDate is not null,
                "Unassigned" => device.EnableDate is null,
                _ => true,
            })
            .Select(device => new ListedVirtualMfaDevice(device.SerialNumber, device.EnableDate))
            .ToList();
        return new ListVirtualMFADevicesResponse(devices, page.IsTruncated, page.Marker);
    }
}
