using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.SigningCertificates;

public sealed record DeleteSigningCertificateRequest(string? UserName, string CertificateId);

/// <summary>Removes a signing certificate from its user, freeing the certificate for another user.</summary>
public sealed class DeleteSigningCertificate(IStore store) : SigningCertificateOperation<DeleteSigningCertificateRequest, EmptyResponse>
{
    public override string Name => "DeleteSigningCertificate";

    protected override OperationDeclaration<DeleteSigningCertificateRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteSigningCertificate",
        ReadOnly = false,
        Resources = (request, call) => OwnerArn(call, request.UserName),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteSigningCertificateRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var certificates = new SigningCertificates(store);
        await StoreRetry.RunAsync(async token =>
        {
            var current = await certificates.RequireAsync(call.AccountId, user.UserId, request.CertificateId, token);
            return await store.CommitAsync(
            [
                new StoreWrite.Delete(certificates.Items.KeyOf(call.AccountId, user.UserId, request.CertificateId), current.Version),
                new StoreWrite.Delete(SigningCertificates.ThumbprintKey(call.AccountId, current.Record.Thumbprint)),
            ], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
