using System.Text.Json.Nodes;

namespace Rampart.Organizations.Policies.Effective;

/// <summary>An account's effective policy of one management type and when the policies it comes from last changed.</summary>
public sealed record EffectivePolicyResult(JsonObject Content, DateTimeOffset LastUpdated);
