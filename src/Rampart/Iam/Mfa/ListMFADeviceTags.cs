using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

public sealed record ListMFADeviceTagsRequest(string SerialNumber, string? Marker, int? MaxItems);

public sealed record ListMFADeviceTagsResponse(IReadOnlyList<IamTag> Tags, bool IsTruncated, string? Marker);

/// <summary>Lists a virtual MFA device's tags.</summary>
public sealed class ListMFADeviceTags(IStore store, SecretProtector secrets) : MfaOperation<ListMFADeviceTagsRequest, ListMFADeviceTagsResponse>
{
    public override string Name => "ListMFADeviceTags";

    protected override OperationDeclaration<ListMFADeviceTagsRequest> Declaration { get; } = new()
    {
        Action = "iam:ListMFADeviceTags",
        ReadOnly = true,
        Resources = (request, call) => [DeviceArn(call, request.SerialNumber)],
    };

    protected override async Task<ListMFADeviceTagsResponse> HandleAsync(ListMFADeviceTagsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var page = SmallPage.Of(await MfaTags.OfAsync(store, secrets, call.AccountId, request.SerialNumber, cancellationToken), request.Marker, request.MaxItems);
        return new ListMFADeviceTagsResponse(page.Items, page.IsTruncated, page.Marker);
    }
}
