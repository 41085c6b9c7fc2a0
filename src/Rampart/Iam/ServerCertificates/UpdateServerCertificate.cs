using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.ServerCertificates;

public sealed record UpdateServerCertificateRequest(string ServerCertificateName, string? NewPath, string? NewServerCertificateName);

/// <summary>Renames a server certificate or moves it to another path.</summary>
public sealed class UpdateServerCertificate(IStore store) : ServerCertificateOperation<UpdateServerCertificateRequest, EmptyResponse>
{
    public override string Name => "UpdateServerCertificate";

    protected override OperationDeclaration<UpdateServerCertificateRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateServerCertificate",
        ReadOnly = false,
        Resources = (request, call) => request.NewServerCertificateName is { } newName
            ? [.. CertificateArn(call, request.ServerCertificateName), .. CertificateArn(call, newName, request.NewPath)]
            : CertificateArn(call, request.ServerCertificateName),
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateServerCertificateRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var directory = new ServerCertificateDirectory(store);
        await StoreRetry.RunAsync(async token =>
        {
            var (current, version) = await directory.RequireAsync(call.AccountId, request.ServerCertificateName, token);
            var updated = current with
            {
                ServerCertificateName = request.NewServerCertificateName ?? current.ServerCertificateName,
                Path = request.NewPath ?? current.Path,
            };
            return await IamConflicts.CreatingAsync(
                () => store.CommitAsync([.. ServerCertificateDirectory.Replace(current, version, updated)], token),
                key => key.Collection == ServerCertificateDirectory.Collection && request.NewServerCertificateName is { } newName
                    ? ServerCertificateDirectory.AlreadyExists(newName)
                    : null);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
