using Rampart.Iam.UserCredentials;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.SigningCertificates;

public sealed record ListSigningCertificatesRequest(string? UserName, string? Marker, int? MaxItems);

public sealed record ListSigningCertificatesResponse(IReadOnlyList<SigningCertificateOutput> Certificates, bool IsTruncated, string? Marker);

/// <summary>A user's (or the calling root user's) signing certificates, oldest first.</summary>
public sealed class ListSigningCertificates(IStore store) : SigningCertificateOperation<ListSigningCertificatesRequest, ListSigningCertificatesResponse>
{
    public override string Name => "ListSigningCertificates";

    protected override OperationDeclaration<ListSigningCertificatesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListSigningCertificates",
        ReadOnly = true,
        Resources = (request, call) => OwnerArn(call, request.UserName),
    };

    protected override async Task<ListSigningCertificatesResponse> HandleAsync(ListSigningCertificatesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        // The root user's ID is the account ID, and it has no user name: the account ID stands in for it.
        var (userId, userName) = CallerUser.IsRoot(request.UserName, call)
            ? (call.AccountId, call.AccountId)
            : await OwnerAsync(request.UserName, call, cancellationToken);
        var all = (await new SigningCertificates(store).Items.OfUserAsync(call.AccountId, userId, cancellationToken))
            .Select(c => c.Record).OrderBy(c => c.UploadDate).Select(c => SigningCertificateOutput.Of(c, userName)).ToList();
        var page = SmallPage.Of(all, request.Marker, request.MaxItems);
        return new ListSigningCertificatesResponse(page.Items, page.IsTruncated, page.Marker);
    }

    private async Task<(string UserId, string UserName)> OwnerAsync(string? userName, CallContext call, CancellationToken cancellationToken)
    {
        var user = await CredentialOwner.RequireAsync(store, userName, call, cancellationToken);
        return (user.UserId, user.UserName);
    }
}
