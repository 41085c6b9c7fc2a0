using System.Text.Json.Serialization;

namespace Rampart.Audit;

/// <summary>Compile-time JSON metadata for records: written on the audit writer's thread for every call, so no
/// reflection. Absent optional fields are left out, as CloudTrail does.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CloudTrailRecord))]
internal sealed partial class AuditJson : JsonSerializerContext;
