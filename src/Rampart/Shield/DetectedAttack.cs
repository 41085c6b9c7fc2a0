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
    IReadOnlyList<AttackCounter> Counters,
    IReadOnlyList<AttackProperty>? Properties = null,
    IReadOnlyList<AttackSubResource>? SubResources = null,
    IReadOnlyList<string>? Mitigations = null);

/// <summary>One summarized counter of an attack (Shield's SummarizedCounter).</summary>
public sealed record AttackCounter(string Name, double Max, double Average, double Sum, int N, string Unit);

/// <summary>One property of an attack and its top contributors (Shield's AttackProperty): <paramref name="Layer"/> is
/// NETWORK or APPLICATION, <paramref name="Identifier"/> an AttackPropertyIdentifier such as SOURCE_IP_ADDRESS.</summary>
public sealed record AttackProperty(string Layer, string Identifier, string Unit, long Total, IReadOnlyList<AttackContributor> TopContributors);

/// <summary>A contributor to an attack property and how many signals it contributed (Shield's Contributor).</summary>
public sealed record AttackContributor(string Name, long Value);

/// <summary>A part of the attacked resource the attack aimed at (Shield's SubResourceSummary): a URL of a gateway, with
/// the vector and the requests it received during the attack's <paramref name="Seconds"/>.</summary>
public sealed record AttackSubResource(string Type, string Id, string Vector, long Sum, int Seconds, string Unit);
