namespace Rampart.Organizations.Policies;

/// <summary>A root, OU or account that policies attach to, as ListTargetsForPolicy describes it.</summary>
/// <param name="Type">"ROOT", "ORGANIZATIONAL_UNIT" or "ACCOUNT".</param>
/// <param name="Path">The targets whose policies apply to it, from the root down to itself.</param>
public sealed record PolicyTarget(string TargetId, string Arn, string Name, string Type, IReadOnlyList<string> Path)
{
    public PolicyTargetSummary Summary => new(TargetId, Arn, Name, Type);
}

/// <summary>The model's PolicyTargetSummary.</summary>
public sealed record PolicyTargetSummary(string TargetId, string Arn, string Name, string Type);
