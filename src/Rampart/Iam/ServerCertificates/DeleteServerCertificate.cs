using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.ServerCertificates;

public sealed record DeleteServerCertificateRequest(string ServerCertificateName);

/// <summary>Deletes a server certificate and its private key.</summary>
public sealed class DeleteServerCertificate(IStore store) : ServerCertificateOperation<DeleteServerCertificateRequest, EmptyResponse>
{
    public override string Name => "DeleteServerCertificate";

    protected override OperationDeclaration<DeleteServerCertificateRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteServerCertificate",
        ReadOnly = false,
        Resources = (request, call) => CertificateArn(call, request.ServerCertificateName),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteServerCertificateRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var directory = new ServerCertificateDirectory(store);
        await StoreRetry.RunAsync(async token =>
        {
            var (current, version) = await directory.RequireAsync(call.AccountId, request.ServerCertificateName, token);
            return await store.CommitAsync([.. ServerCertificateDirectory.Delete(current, version)], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
