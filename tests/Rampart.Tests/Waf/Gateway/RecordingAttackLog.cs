using System.Collections.Concurrent;
using Rampart.Shield;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>Shield's attack log as the defences see it, keeping the latest report of every attack.</summary>
public sealed class RecordingAttackLog : IAttackLog
{
    private readonly ConcurrentDictionary<string, DetectedAttack> attacks = new();

    public IReadOnlyList<DetectedAttack> Attacks => [.. attacks.Values];

    public ValueTask RecordAsync(DetectedAttack attack, CancellationToken cancellationToken)
    {
        attacks[attack.AttackId] = attack;
        return ValueTask.CompletedTask;
    }
}
