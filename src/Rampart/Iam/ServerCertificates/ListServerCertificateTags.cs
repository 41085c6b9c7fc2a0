using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.ServerCertificates;

public sealed record ListServerCertificateTagsRequest(string ServerCertificateName, string? Marker, int? MaxItems);

public sealed record ListServerCertificateTagsResponse(IReadOnlyList<IamTag> Tags, bool IsTruncated, string? Marker);

/// <summary>Lists a server certificate's tags.</summary>
public sealed class ListServerCertificateTags(IStore store) : ServerCertificateOperation<ListServerCertificateTagsRequest, ListServerCertificateTagsResponse>
{
    public override string Name => "ListServerCertificateTags";

    protected override OperationDeclaration<ListServerCertificateTagsRequest> Declaration { get; } = new()
    {
        Action = "iam:ListServerCertificateTags",
        ReadOnly = true,
        Resources = (request, call) => CertificateArn(call, request.ServerCertificateName),
    };

    protected override async Task<ListServerCertificateTagsResponse> HandleAsync(ListServerCertificateTagsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (record, _) = await new ServerCertificateDirectory(store).RequireAsync(call.AccountId, request.ServerCertificateName, cancellationToken);
        var page = SmallPage.Of(record.Tags, request.Marker, request.MaxItems);
        return new ListServerCertificateTagsResponse(page.Items, page.IsTruncated, page.Marker);
    }
}
