using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.ServerCertificates;

public sealed record ListServerCertificatesRequest(string? PathPrefix, string? Marker, int? MaxItems);

public sealed record ListServerCertificatesResponse(IReadOnlyList<ServerCertificateMetadataOutput> ServerCertificateMetadataList, bool IsTruncated, string? Marker);

/// <summary>The account's server certificates under a path prefix, by path then name.</summary>
public sealed class ListServerCertificates(IStore store) : ServerCertificateOperation<ListServerCertificatesRequest, ListServerCertificatesResponse>
{
    public override string Name => "ListServerCertificates";

    protected override OperationDeclaration<ListServerCertificatesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListServerCertificates",
        ReadOnly = true,
    };

    protected override async Task<ListServerCertificatesResponse> HandleAsync(ListServerCertificatesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var page = await new ServerCertificateDirectory(store).ListAsync(call.AccountId, request.PathPrefix, request.Marker, request.MaxItems, cancellationToken);
        return new ListServerCertificatesResponse([.. page.Items.Select(ServerCertificateMetadataOutput.Of)], page.IsTruncated, page.Marker);
    }
}
