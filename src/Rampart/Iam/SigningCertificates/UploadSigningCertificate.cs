using System.Security.Cryptography;
using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Protocol;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.SigningCertificates;

public sealed record UploadSigningCertificateRequest(string? UserName, string CertificateBody);

public sealed record UploadSigningCertificateResponse(SigningCertificateOutput Certificate);

/// <summary>Associates an X.509 certificate with a user (the caller when none is named), Active, at most two per
/// user, and a certificate with one user of the account only.</summary>
public sealed class UploadSigningCertificate(IStore store) : SigningCertificateOperation<UploadSigningCertificateRequest, UploadSigningCertificateResponse>
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public override string Name => "UploadSigningCertificate";

    protected override OperationDeclaration<UploadSigningCertificateRequest> Declaration { get; } = new()
    {
        Action = "iam:UploadSigningCertificate",
        ReadOnly = false,
        Resources = (request, call) => OwnerArn(call, request.UserName),
    };

    protected override async Task<UploadSigningCertificateResponse> HandleAsync(UploadSigningCertificateRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var der = X509Body.Parse(request.CertificateBody, call.Time);
        var certificates = new SigningCertificates(store);
        if ((await certificates.Items.OfUserAsync(call.AccountId, user.UserId, cancellationToken)).Count >= SigningCertificates.MaxPerUser)
        {
            throw IamErrors.LimitExceeded($"Cannot exceed quota for SigningCertificatesPerUser: {SigningCertificates.MaxPerUser}.");
        }
        var record = new SigningCertificateRecord(
            call.AccountId, user.UserId, RandomNumberGenerator.GetString(IdAlphabet, 32), request.CertificateBody,
            Convert.ToHexString(SHA256.HashData(der)), CredentialStatus.Active, IamClock.ToSeconds(call.Time));
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync(
            [
                new StoreWrite.Put(SigningCertificates.ThumbprintKey(call.AccountId, record.Thumbprint), IamJson.Write(new SigningCertificateOwner(user.UserId, record.CertificateId)), StoreWrite.Absent),
                new StoreWrite.Put(certificates.Items.KeyOf(call.AccountId, user.UserId, record.CertificateId), IamJson.Write(record), StoreWrite.Absent),
            ], cancellationToken),
            key => key.Collection == SigningCertificates.ThumbprintCollection
                ? new AwsException("DuplicateCertificate", "The request was rejected because the same certificate is associated with an IAM user in the account.", 409)
                : null);
        return new UploadSigningCertificateResponse(SigningCertificateOutput.Of(record, user.UserName));
    }
}
