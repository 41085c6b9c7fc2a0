using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.SigningCertificates;

public sealed record UpdateSigningCertificateRequest(string? UserName, string CertificateId, string Status);

/// <summary>Makes a signing certificate Active or Inactive.</summary>
public sealed class UpdateSigningCertificate(IStore store) : SigningCertificateOperation<UpdateSigningCertificateRequest, EmptyResponse>
{
    public override string Name => "UpdateSigningCertificate";

    protected override OperationDeclaration<UpdateSigningCertificateRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateSigningCertificate",
        ReadOnly = false,
        Resources = (request, call) => OwnerArn(call, request.UserName),
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateSigningCertificateRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var status = CredentialStatus.Settable(request.Status);
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var certificates = new SigningCertificates(store);
        await StoreRetry.RunAsync(async token =>
        {
            var current = await certificates.RequireAsync(call.AccountId, user.UserId, request.CertificateId, token);
            return await store.CommitAsync(
                [new StoreWrite.Put(certificates.Items.KeyOf(call.AccountId, user.UserId, request.CertificateId), IamJson.Write(current.Record with { Status = status }), current.Version)],
                token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
