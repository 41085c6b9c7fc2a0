using Rampart.Iam.UserCredentials;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.ServiceCredentials;

public sealed record ListServiceSpecificCredentialsRequest(string? UserName, string? ServiceName, bool? AllUsers, string? Marker, int? MaxItems);

public sealed record ListServiceSpecificCredentialsResponse(
    IReadOnlyList<ServiceSpecificCredentialMetadataOutput> ServiceSpecificCredentials, string? Marker, bool IsTruncated);

/// <summary>A user's service-specific credentials (the caller's when none is named), or with AllUsers every user's
/// in the account, optionally for one service; never the secrets.</summary>
public sealed class ListServiceSpecificCredentials(IStore store) : ServiceCredentialOperation<ListServiceSpecificCredentialsRequest, ListServiceSpecificCredentialsResponse>
{
    public override string Name => "ListServiceSpecificCredentials";

    protected override OperationDeclaration<ListServiceSpecificCredentialsRequest> Declaration { get; } = new()
    {
        Action = "iam:ListServiceSpecificCredentials",
        ReadOnly = true,
        Resources = (request, call) => request.AllUsers == true ? ["*"] : OwnerArn(call, request.UserName),
    };

    protected override async Task<ListServiceSpecificCredentialsResponse> HandleAsync(ListServiceSpecificCredentialsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.ServiceName is { } service)
        {
            CredentialServices.Require(service);
        }
        var credentials = new ServiceCredentials(store);
        if (request.AllUsers == true && request.UserName is null)
        {
            var page = await credentials.Items.ListAccountAsync(call.AccountId, request.Marker, request.MaxItems, cancellationToken);
            var users = new UserDirectory(store);
            var listed = new List<ServiceSpecificCredentialMetadataOutput>();
            foreach (var record in page.Items.Where(r => request.ServiceName is null || r.ServiceName == request.ServiceName))
            {
                if (await users.FindByIdAsync(call.AccountId, record.UserId, cancellationToken) is { } owner)
                {
                    listed.Add(ServiceSpecificCredentialMetadataOutput.Of(record, owner.User.UserName, call.Time));
                }
            }
            return new ListServiceSpecificCredentialsResponse(listed, page.Marker, page.IsTruncated);
        }
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var all = (await credentials.Items.OfUserAsync(call.AccountId, user.UserId, cancellationToken))
            .Select(c => c.Record).Where(r => request.ServiceName is null || r.ServiceName == request.ServiceName)
            .OrderBy(r => r.CreateDate).Select(r => ServiceSpecificCredentialMetadataOutput.Of(r, user.UserName, call.Time)).ToList();
        var small = SmallPage.Of(all, request.Marker, request.MaxItems);
        return new ListServiceSpecificCredentialsResponse(small.Items, small.Marker, small.IsTruncated);
    }
}
