using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rampart.Organizations.Policies.Effective;

/// <summary>Checks the syntax shared by every management policy type: a JSON object whose settings are nested
/// objects, each either holding further settings or setting a value with @@assign, @@append or @@remove, and
/// optionally limiting child policies with @@operators_allowed_for_child_policies.</summary>
public static class ManagementPolicyDocument
{
    private const string Invalid = "The provided policy document does not meet the requirements of the specified policy type.";

    private static readonly HashSet<string> ChildControlValues = new(StringComparer.Ordinal)
    {
        InheritanceOperator.All, InheritanceOperator.None, InheritanceOperator.Assign, InheritanceOperator.Append, InheritanceOperator.Remove,
    };

    /// <summary>The parsed document; MalformedPolicyDocumentException when it breaks the syntax.</summary>
    public static JsonObject Parse(string content)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(content, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException)
        {
            throw PolicyErrors.MalformedPolicy(Invalid);
        }
        if (root is not JsonObject document)
        {
            throw PolicyErrors.MalformedPolicy(Invalid);
        }
        CheckSettings(document);
        return document;
    }

    private static void CheckSettings(JsonObject node)
    {
        var hasValueOperator = false;
        var hasChildren = false;
        foreach (var (key, value) in node)
        {
            if (!InheritanceOperator.IsOperator(key))
            {
                hasChildren = true;
                if (value is not JsonObject child)
                {
                    throw PolicyErrors.MalformedPolicy(Invalid);
                }
                CheckSettings(child);
                continue;
            }
            switch (key)
            {
                case InheritanceOperator.Assign when value is not null:
                    hasValueOperator = true;
                    break;
                case InheritanceOperator.Append or InheritanceOperator.Remove when value is JsonArray:
                    hasValueOperator = true;
                    break;
                case InheritanceOperator.AllowedForChildPolicies when value is JsonArray allowed && allowed.All(IsChildControlValue):
                    break;
                default:
                    throw PolicyErrors.MalformedPolicy(Invalid);
            }
        }
        if (hasValueOperator && hasChildren)
        {
            throw PolicyErrors.MalformedPolicy(Invalid);
        }
    }

    private static bool IsChildControlValue(JsonNode? value) =>
        value is JsonValue text && text.TryGetValue<string>(out var name) && ChildControlValues.Contains(name);
}
