namespace Rampart.Iam.Simulator;

/// <summary>What both simulation operations take besides the policies: the calls to simulate and their circumstances.</summary>
public sealed record SimulationScenario(
    IReadOnlyList<string> ActionNames,
    IReadOnlyList<string>? ResourceArns,
    string? ResourcePolicy,
    string? ResourceOwner,
    string? CallerArn,
    IReadOnlyList<ContextEntry>? ContextEntries,
    string? Marker,
    int? MaxItems);
