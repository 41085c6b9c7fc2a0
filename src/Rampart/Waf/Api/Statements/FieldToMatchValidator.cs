using System.Text.Json.Nodes;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Statements;

/// <summary>A FieldToMatch names exactly one request component, and the map components their match patterns.</summary>
internal static class FieldToMatchValidator
{
    public static void Check(JsonObject? fieldToMatch)
    {
        var set = fieldToMatch?.SetMembers() ?? [];
        if (set.Count != 1)
        {
            throw WafErrors.InvalidParameter("FIELD_TO_MATCH", "FieldToMatch", WafErrors.Reasons.ExactlyOne);
        }
        var component = fieldToMatch!.Object(set[0]);
        switch (set[0])
        {
            case "SingleHeader" when string.IsNullOrWhiteSpace(component?.Text("Name")):
                throw WafErrors.InvalidParameter("SINGLE_HEADER", "Name", WafErrors.Reasons.InvalidFormat);
            case "SingleQueryArgument" when string.IsNullOrWhiteSpace(component?.Text("Name")):
                throw WafErrors.InvalidParameter("SINGLE_QUERY_ARGUMENT", "Name", WafErrors.Reasons.InvalidFormat);
            case "JsonBody":
                ExactlyOne(component?.Object("MatchPattern"), "JSON_MATCH_PATTERN", "MatchPattern");
                break;
            case "Headers":
                ExactlyOne(component?.Object("MatchPattern"), "HEADER_MATCH_PATTERN", "MatchPattern");
                break;
            case "Cookies":
                ExactlyOne(component?.Object("MatchPattern"), "COOKIE_MATCH_PATTERN", "MatchPattern");
                break;
        }
    }

    public static void CheckTransformations(JsonObject statement)
    {
        var transformations = statement.Items("TextTransformations").OfType<JsonObject>().ToList();
        if (transformations.Count > 10)
        {
            throw WafErrors.InvalidParameter("TEXT_TRANSFORMATION", "TextTransformations", WafErrors.Reasons.AboveMaximum);
        }
        var priorities = transformations.Select(t => t["Priority"]?.GetValue<int>()).ToList();
        if (priorities.Distinct().Count() != priorities.Count)
        {
            throw WafErrors.InvalidParameter("TEXT_TRANSFORMATION", "Priority", WafErrors.Reasons.Duplicate);
        }
    }

    private static void ExactlyOne(JsonObject? pattern, string field, string parameter)
    {
        if (pattern is null || pattern.SetMembers().Count != 1)
        {
            throw WafErrors.InvalidParameter(field, parameter, WafErrors.Reasons.ExactlyOne);
        }
    }
}
