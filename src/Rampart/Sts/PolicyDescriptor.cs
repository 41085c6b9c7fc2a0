using System.Text.Json.Serialization;

namespace Rampart.Sts;

/// <summary>The model's PolicyDescriptorType, whose one member is spelled in lower case.</summary>
public sealed record PolicyDescriptor([property: JsonPropertyName("arn")] string? Arn);
