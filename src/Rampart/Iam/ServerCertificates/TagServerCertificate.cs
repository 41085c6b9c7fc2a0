using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.ServerCertificates;

public sealed record TagServerCertificateRequest(string ServerCertificateName, IReadOnlyList<IamTag> Tags);

/// <summary>Adds tags to a server certificate, replacing the values of keys it already has.</summary>
public sealed class TagServerCertificate(IStore store) : ServerCertificateOperation<TagServerCertificateRequest, EmptyResponse>
{
    public override string Name => "TagServerCertificate";

    protected override OperationDeclaration<TagServerCertificateRequest> Declaration { get; } = new()
    {
        Action = "iam:TagServerCertificate",
        ReadOnly = false,
        Resources = (request, call) => CertificateArn(call, request.ServerCertificateName),
        RequestTags = request => IamTags.ToDictionary(request.Tags),
    };

    protected override async Task<EmptyResponse> HandleAsync(TagServerCertificateRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        await ServerCertificateTags.ChangeAsync(store, call.AccountId, request.ServerCertificateName, tags => IamTags.Merge(tags, request.Tags, "ServerCertificate"), cancellationToken);
        return EmptyResponse.Instance;
    }
}
