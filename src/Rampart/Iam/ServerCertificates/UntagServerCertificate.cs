using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.ServerCertificates;

public sealed record UntagServerCertificateRequest(string ServerCertificateName, IReadOnlyList<string> TagKeys);

/// <summary>Removes tags from a server certificate; keys it does not have are ignored.</summary>
public sealed class UntagServerCertificate(IStore store) : ServerCertificateOperation<UntagServerCertificateRequest, EmptyResponse>
{
    public override string Name => "UntagServerCertificate";

    protected override OperationDeclaration<UntagServerCertificateRequest> Declaration { get; } = new()
    {
        Action = "iam:UntagServerCertificate",
        ReadOnly = false,
        Resources = (request, call) => CertificateArn(call, request.ServerCertificateName),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys) },
    };

    protected override async Task<EmptyResponse> HandleAsync(UntagServerCertificateRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await ServerCertificateTags.ChangeAsync(store, call.AccountId, request.ServerCertificateName, tags => IamTags.Remove(tags, request.TagKeys), cancellationToken);
        return EmptyResponse.Instance;
    }
}
