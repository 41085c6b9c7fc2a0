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
        SubResources = (attack.SubResources ?? []).Select(SubResource).ToList(),
        AttackCounters = attack.Counters.Select(Counter).ToList(),
        AttackProperties = (attack.Properties ?? []).Select(Property).ToList(),
        Mitigations = (attack.Mitigations ?? []).Select(name => new { MitigationName = name }).ToList(),
    };

    private static object Property(AttackProperty property) => new
    {
        AttackLayer = property.Layer,
        AttackPropertyIdentifier = property.Identifier,
        TopContributors = property.TopContributors.Select(contributor => new { contributor.Name, contributor.Value }).ToList(),
        property.Unit,
        property.Total,
    };

    /// <summary>A sub-resource's counter: what it received over the attack; its per-second peak is not kept.</summary>
    private static object SubResource(AttackSubResource resource)
    {
        var counter = new { Name = resource.Vector, Average = resource.Seconds == 0 ? 0 : (double)resource.Sum / resource.Seconds, Sum = (double)resource.Sum, N = resource.Seconds, resource.Unit };
        return new
        {
            resource.Type,
            resource.Id,
            AttackVectors = new[] { new { VectorType = resource.Vector, VectorCounters = new[] { counter } } },
            Counters = new[] { counter },
        };
    }

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
