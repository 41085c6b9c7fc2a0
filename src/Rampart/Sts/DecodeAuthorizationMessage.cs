using Rampart.Operations;
using Rampart.Protocol;
using Rampart.Storage.Secrets;

namespace Rampart.Sts;

public sealed record DecodeAuthorizationMessageRequest(string EncodedMessage);

public sealed record DecodeAuthorizationMessageResponse(string DecodedMessage);

/// <summary>Decodes an authorization message (see <see cref="AuthorizationMessages"/>) for a caller whose policies
/// allow sts:DecodeAuthorizationMessage, in the account whose denial produced it.</summary>
public sealed class DecodeAuthorizationMessage(SecretProtector secrets) : Operation<DecodeAuthorizationMessageRequest, DecodeAuthorizationMessageResponse>
{
    private readonly AuthorizationMessages messages = new(secrets);

    public override string Service => "sts";

    public override string Name => "DecodeAuthorizationMessage";

    protected override OperationDeclaration<DecodeAuthorizationMessageRequest> Declaration { get; } = new()
    {
        Action = "sts:DecodeAuthorizationMessage",
        ReadOnly = true,
    };

    protected override Task<DecodeAuthorizationMessageResponse> HandleAsync(DecodeAuthorizationMessageRequest request, CallContext call, CancellationToken cancellationToken) =>
        Task.FromResult(new DecodeAuthorizationMessageResponse(
            messages.Decode(request.EncodedMessage, call.AccountId)
            ?? throw new AwsException("InvalidAuthorizationMessageException", "The specified message is not a valid encoded authorization message.", 400)));
}
