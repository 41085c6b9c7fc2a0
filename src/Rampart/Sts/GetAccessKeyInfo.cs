using Rampart.Identity;
using Rampart.Identity.Sessions;
using Rampart.Operations;
using Rampart.Signing;

namespace Rampart.Sts;

public sealed record GetAccessKeyInfoRequest(string AccessKeyId);

public sealed record GetAccessKeyInfoResponse(string? Account);

/// <summary>The account that owns an access key ID, long-term or temporary. AWS answers it for any key ID it
/// knows, whoever asks.</summary>
public sealed class GetAccessKeyInfo(IEnumerable<ICredentialProvider> providers) : Operation<GetAccessKeyInfoRequest, GetAccessKeyInfoResponse>
{
    private readonly ICredentialProvider[] providers = [.. providers];

    public override string Service => "sts";

    public override string Name => "GetAccessKeyInfo";

    protected override OperationDeclaration<GetAccessKeyInfoRequest> Declaration { get; } = new()
    {
        Action = "sts:GetAccessKeyInfo",
        ReadOnly = true,
    };

    protected override async Task<GetAccessKeyInfoResponse> HandleAsync(GetAccessKeyInfoRequest request, CallContext call, CancellationToken cancellationToken)
    {
        foreach (var provider in providers)
        {
            if (await provider.FindAsync(request.AccessKeyId, cancellationToken) is { Principal: Principal owner })
            {
                return new GetAccessKeyInfoResponse(owner.AccountId);
            }
        }
        throw new Protocol.AwsException("InvalidClientTokenId", "The security token included in the request is invalid.", 403);
    }
}
