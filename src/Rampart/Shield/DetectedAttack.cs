namespace Rampart.Shield;

/// <summary>
/// An attack as Shield's AttackDetail describes it: <paramref name="Vectors"/> are AttackLayer-7/3-4 vector types
/// such as "REQUEST_FLOOD" or "SLOWLORIS"-style connection attacks, with counters as AttackProperty reports them.
/// </summary>
public sealed record DetectedAttack(
    string AttackId,
    string ResourceArn,
    DateTimeOffset StartTime,
    DateTimeOffset? EndTime,
    IReadOnlyList<string> Vectors,
    IReadOnlyList<AttackCounter> Counters);

/// <summary>One summarized counter of an attack (Shield's SummarizedCounter).</summary>
public sealed record AttackCounter(string Name, double Max, double Average, double Sum, int N, string Unit);
