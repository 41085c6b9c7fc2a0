using System.Text.Json.Nodes;
using Rampart.Audit;

namespace Rampart.Tests.Audit;

/// <summary>A record exactly as the event log stores it, parsed back for assertions.</summary>
internal static class CloudTrailRecordJson
{
    public static JsonObject Parse(CloudTrailRecord record) =>
        JsonNode.Parse(Text(record))!.AsObject();

    public static string Text(CloudTrailRecord record) => System.Text.Encoding.UTF8.GetString(AuditEventEntry.Of(record, DateTimeOffset.UtcNow).Utf8Json.Span);

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
