namespace Rampart.Shield;

/// <summary>
/// Where the gateway's defences report the attacks they detect, so Shield's ListAttacks and DescribeAttack show
/// them. Recording the same AttackId again replaces the earlier report (an attack is reported when it starts and
/// again when it ends).
/// </summary>
public interface IAttackLog
{
    ValueTask RecordAsync(DetectedAttack attack, CancellationToken cancellationToken);
}
