using Rampart.Shield.Api.Common;

namespace Rampart.Shield.Api.Protections;

/// <summary>A Shield Advanced protection of one resource.</summary>
public sealed record ProtectionRecord(
    string Id,
    string Name,
    string ResourceArn,
    string ResourceType,
    string ProtectionArn,
    IReadOnlyList<string> HealthCheckIds,
    AutomaticResponse? ApplicationLayerAutomaticResponseConfiguration,
    IReadOnlyList<ShieldTag> Tags)
{
    /// <summary>The Protection shape.</summary>
    public object Describe() => new
    {
        Id,
        Name,
        ResourceArn,
        HealthCheckIds,
        ProtectionArn,
        ApplicationLayerAutomaticResponseConfiguration,
    };
}

/// <summary>Shield's ApplicationLayerAutomaticResponseConfiguration: Status ENABLED or DISABLED and the action
/// (an object with Block or Count set).</summary>
public sealed record AutomaticResponse(string Status, ResponseAction Action);

public sealed record ResponseAction(object? Block, object? Count);
