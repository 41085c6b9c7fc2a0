using Rampart.Operations;
using Rampart.Shield.Api.Common;

namespace Rampart.Shield.Api.Attacks;

public sealed record DescribeAttackRequest(string AttackId);

public sealed record DescribeAttackResponse(object Attack);

/// <summary>One attack on the account's resources with its counters and timing; another account's attack, or
/// none, is access denied as AWS answers.</summary>
public sealed class DescribeAttack(StoreAttackLog attacks) : ShieldOperation<DescribeAttackRequest, DescribeAttackResponse>
{
    public override string Name => "DescribeAttack";

    protected override OperationDeclaration<DescribeAttackRequest> Declaration { get; } = new()
    {
        Action = "shield:DescribeAttack",
        ReadOnly = true,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:attack/{request.AttackId}"],
    };

    protected override async Task<DescribeAttackResponse> HandleAsync(DescribeAttackRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var attack = await attacks.FindAsync(call.AccountId, request.AttackId, cancellationToken)
            ?? throw new Protocol.AwsException("AccessDeniedException", $"You are not authorized to describe attack {request.AttackId}.");
        return new DescribeAttackResponse(AttackShapes.Detail(attack));
    }
}
