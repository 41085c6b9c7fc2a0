using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rampart.Waf.Gateway;

/// <summary>
/// A web ACL's logging configuration as the gateway applies it. Every destination AWS accepts (a CloudWatch Logs log
/// group, an S3 bucket or a Firehose delivery stream, named aws-waf-logs-...) is written here as a file of JSON
/// lines, one AWS WAF log record per request: DATA/waf-logs/NAME.log, NAME being the destination's name (the log
/// group, bucket or delivery stream). <see cref="Redacted"/> and <see cref="Filter"/> are the configuration's
/// RedactedFields and LoggingFilter.
/// </summary>
public sealed partial record WafLogDestination(string FilePath, JsonElement? Redacted, JsonElement? Filter)
{
    public const string Folder = "waf-logs";

    public static WafLogDestination? Of(JsonElement configuration, string dataDirectory)
    {
        if (!configuration.TryGetProperty("LogDestinationConfigs", out var destinations) || destinations.ValueKind != JsonValueKind.Array
            || destinations.GetArrayLength() == 0 || destinations[0].GetString() is not { } arn || NameOf(arn) is not { } name)
        {
            return null;
        }
        return new WafLogDestination(
            Path.Combine(dataDirectory, Folder, name + ".log"),
            configuration.TryGetProperty("RedactedFields", out var redacted) && redacted.ValueKind == JsonValueKind.Array ? redacted.Clone() : null,
            configuration.TryGetProperty("LoggingFilter", out var filter) && filter.ValueKind == JsonValueKind.Object ? filter.Clone() : null);
    }

    /// <summary>The aws-waf-logs-... name in a destination ARN, when it is safe as a file name.</summary>
    public static string? NameOf(string arn)
    {
        var fields = arn.Split(':', 6);
        if (fields.Length != 6)
        {
            return null;
        }
        var resource = fields[5];
        var name = fields[2] switch
        {
            "logs" => resource.StartsWith("log-group:", StringComparison.Ordinal) ? resource["log-group:".Length..].Split(':')[0] : null,
            "firehose" => resource.StartsWith("deliverystream/", StringComparison.Ordinal) ? resource["deliverystream/".Length..] : null,
            "s3" => resource.Split('/')[0],
            _ => null,
        };
        return name is not null && SafeName().IsMatch(name) ? name : null;
    }

    /// <summary>Whether the LoggingFilter keeps a record with this action and these labels: the first filter whose
    /// conditions hold decides, and DefaultBehavior decides when none does.</summary>
    public bool Keeps(string action, IReadOnlyList<string> labels)
    {
        if (Filter is not { } filter)
        {
            return true;
        }
        if (filter.TryGetProperty("Filters", out var filters) && filters.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in filters.EnumerateArray())
            {
                var all = !entry.TryGetProperty("Requirement", out var requirement) || requirement.GetString() != "MEETS_ANY";
                var conditions = entry.TryGetProperty("Conditions", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Select(condition => Holds(condition, action, labels)).ToList()
                    : [];
                if (conditions.Count > 0 && (all ? conditions.All(held => held) : conditions.Any(held => held)))
                {
                    return !entry.TryGetProperty("Behavior", out var behavior) || behavior.GetString() != "DROP";
                }
            }
        }
        return !filter.TryGetProperty("DefaultBehavior", out var fallback) || fallback.GetString() != "DROP";
    }

    private static bool Holds(JsonElement condition, string action, IReadOnlyList<string> labels)
    {
        if (condition.TryGetProperty("ActionCondition", out var actionCondition))
        {
            return actionCondition.TryGetProperty("Action", out var wanted) && wanted.GetString() == action;
        }
        if (condition.TryGetProperty("LabelNameCondition", out var labelCondition))
        {
            return labelCondition.TryGetProperty("LabelName", out var label) && labels.Contains(label.GetString() ?? "");
        }
        return false;
    }

    /// <summary>Whether RedactedFields names this field (UriPath, QueryString, Method), or this header for
    /// SingleHeader.</summary>
    public bool Redacts(string field, string? headerName = null)
    {
        if (Redacted is not { } redacted)
        {
            return false;
        }
        foreach (var entry in redacted.EnumerateArray())
        {
            if (entry.TryGetProperty(field, out var value) && (headerName is null
                || (value.TryGetProperty("Name", out var name) && string.Equals(name.GetString(), headerName, StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,512}$")]
    private static partial Regex SafeName();
}
