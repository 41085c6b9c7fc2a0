using System.Text;
using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.ServerCertificates;

public sealed record UploadServerCertificateRequest(
    string? Path, string ServerCertificateName, string CertificateBody, string PrivateKey, string? CertificateChain, IReadOnlyList<IamTag>? Tags);

public sealed record UploadServerCertificateResponse(ServerCertificateMetadataOutput ServerCertificateMetadata, IReadOnlyList<IamTag>? Tags);

/// <summary>Stores a TLS certificate with its private key and chain, at most 20 per account.</summary>
public sealed class UploadServerCertificate(IStore store, SecretProtector secrets) : ServerCertificateOperation<UploadServerCertificateRequest, UploadServerCertificateResponse>
{
    private const string IdPrefix = "ASCA";

    public override string Name => "UploadServerCertificate";

    protected override OperationDeclaration<UploadServerCertificateRequest> Declaration { get; } = new()
    {
        Action = "iam:UploadServerCertificate",
        ReadOnly = false,
        Resources = (request, call) => CertificateArn(call, request.ServerCertificateName, request.Path),
        RequestTags = request => IamTags.ToDictionary(request.Tags ?? []),
    };

    protected override async Task<UploadServerCertificateResponse> HandleAsync(UploadServerCertificateRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        if (request.Tags?.Count > IamTags.MaxPerEntity)
        {
            throw IamErrors.LimitExceeded($"Cannot exceed quota for TagsPerServerCertificate: {IamTags.MaxPerEntity}.");
        }
        var expiration = ServerCertificateMaterial.Check(request.CertificateBody, request.PrivateKey, request.CertificateChain, call.Time);
        await AccountQuota.ServerCertificates.EnsureRoomAsync(store, call.AccountId, cancellationToken);
        var id = Identity.CredentialGenerator.UniqueId(IdPrefix);
        var ciphertext = Convert.ToBase64String(secrets.Protect(Encoding.UTF8.GetBytes(request.PrivateKey), Encoding.UTF8.GetBytes("iam.server-certificate/" + id)));
        var record = new ServerCertificateRecord(
            call.AccountId, request.ServerCertificateName, id, IamPath.OrRoot(request.Path), IamClock.ToSeconds(call.Time), expiration,
            request.CertificateBody, request.CertificateChain, ciphertext, request.Tags ?? []);
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync([.. ServerCertificateDirectory.Create(record)], cancellationToken),
            key => key.Collection == ServerCertificateDirectory.Collection ? ServerCertificateDirectory.AlreadyExists(request.ServerCertificateName) : null);
        return new UploadServerCertificateResponse(ServerCertificateMetadataOutput.Of(record), record.Tags.Count > 0 ? record.Tags : null);
    }
}
