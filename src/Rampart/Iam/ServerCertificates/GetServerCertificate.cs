using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.ServerCertificates;

public sealed record GetServerCertificateRequest(string ServerCertificateName);

public sealed record ServerCertificateOutput(
    ServerCertificateMetadataOutput ServerCertificateMetadata, string CertificateBody, string? CertificateChain, IReadOnlyList<IamTag>? Tags);

public sealed record GetServerCertificateResponse(ServerCertificateOutput ServerCertificate);

/// <summary>A server certificate with its chain and tags; the private key stays inside.</summary>
public sealed class GetServerCertificate(IStore store) : ServerCertificateOperation<GetServerCertificateRequest, GetServerCertificateResponse>
{
    public override string Name => "GetServerCertificate";

    protected override OperationDeclaration<GetServerCertificateRequest> Declaration { get; } = new()
    {
        Action = "iam:GetServerCertificate",
        ReadOnly = true,
        Resources = (request, call) => CertificateArn(call, request.ServerCertificateName),
    };

    protected override async Task<GetServerCertificateResponse> HandleAsync(GetServerCertificateRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (record, _) = await new ServerCertificateDirectory(store).RequireAsync(call.AccountId, request.ServerCertificateName, cancellationToken);
        return new GetServerCertificateResponse(new ServerCertificateOutput(
            ServerCertificateMetadataOutput.Of(record), record.CertificateBody, record.CertificateChain, record.Tags.Count > 0 ? record.Tags : null));
    }
}
