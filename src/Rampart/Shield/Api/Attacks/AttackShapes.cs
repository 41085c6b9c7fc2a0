namespace Rampart.Shield.Api.Attacks;

/// <summary>How Shield reports a <see cref="DetectedAttack"/>: AttackSummary in ListAttacks, AttackDetail in DescribeAttack.</summary>
public static class AttackShapes
{
    public static object Summary(DetectedAttack attack) => new
    {
        attack.AttackId,
        attack.ResourceArn,
        attack.StartTime,
        attack.EndTime,
        AttackVectors = attack.Vectors.Select(vector => new { VectorType = vector }).ToList(),
    };

    public static object Detail(DetectedAttack attack) => new
    {
        attack.AttackId,
        attack.ResourceArn,
        attack.StartTime,
        attack.EndTime,
        AttackCounters = attack.Counters.Select(Counter).ToList(),
        Mitigations = Array.Empty<object>(),
    };

    private static object Counter(AttackCounter counter) => new
    {
        counter.Name,
        counter.Max,
        counter.Average,
        counter.Sum,
        counter.N,
        counter.Unit,
    };
}
