using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Storage;

namespace Rampart.Organizations.Handshakes;

/// <summary>Describes a handshake to its party or to the management account that sent it.</summary>
public sealed class DescribeHandshake(IStore store, HandshakeArns arns) : OrganizationsOperation<HandshakeIdRequest, HandshakeResponse>
{
    public override string Name => "DescribeHandshake";

    protected override OperationDeclaration<HandshakeIdRequest> Declaration { get; } = new()
    {
        Action = "organizations:DescribeHandshake",
        ReadOnly = true,
        Resources = (request, _) => arns.Of(request.HandshakeId),
    };

    protected override async Task<HandshakeResponse> HandleAsync(HandshakeIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var handshake = await new HandshakeParties(store).RequireVisibleAsync(request.HandshakeId, call.AccountId, cancellationToken);
        return new HandshakeResponse(HandshakeOutput.Of(handshake.Record, call.Time));
    }
}
