namespace Rampart.Policy.Parsing;

/// <summary>Checks that a JSON tree has the shape of the policy grammar and lifts it into <see cref="DocumentSyntax"/>.
/// Every departure is IAM's "Syntax errors in policy.": unknown or misspelt elements (names are case-sensitive),
/// wrong value types, an unknown Version, pairs that exclude each other (Action with NotAction, Resource with
/// NotResource, Principal with NotPrincipal), an empty Statement, an Effect other than Allow or Deny.</summary>
internal static class PolicySyntaxReader
{
    private static readonly HashSet<string> TopLevelElements = new(StringComparer.Ordinal) { "Version", "Id", "Statement" };

    private static readonly HashSet<string> StatementElements = new(StringComparer.Ordinal)
    {
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
    };

    public static DocumentSyntax Read(JsonNode root)
    {
        if (root is not JsonObjectNode document)
        {
            throw Syntax();
        }

        foreach (var member in document.Members)
        {
            if (!TopLevelElements.Contains(member.Name))
            {
                throw Syntax();
            }
        }

        var version = OptionalString(document.Find("Version"));
        if (version is not null && version != PolicyVersions.Current && version != PolicyVersions.Legacy)
        {
            throw Syntax();
        }

        var id = OptionalString(document.Find("Id"));
        var statementNodes = document.Find("Statement")?.Value switch
        {
            JsonObjectNode single => [single],
            JsonArrayNode { Items.Count: > 0 } array => array.Items,
            _ => throw Syntax(),
        };

        var statements = new List<StatementSyntax>(statementNodes.Count);
        foreach (var node in statementNodes)
        {
            statements.Add(ReadStatement(node, statements.Count));
        }

        return new DocumentSyntax(version, id, statements);
    }

    private static StatementSyntax ReadStatement(JsonNode node, int index)
    {
        if (node is not JsonObjectNode statement)
        {
            throw Syntax();
        }

        foreach (var member in statement.Members)
        {
            if (!StatementElements.Contains(member.Name))
            {
                throw Syntax();
            }
        }

        Exclusive(statement, "Action", "NotAction");
        Exclusive(statement, "Resource", "NotResource");
        Exclusive(statement, "Principal", "NotPrincipal");

        var effect = OptionalString(statement.Find("Effect"));
        if (effect is null
            || (!effect.Equals("Allow", StringComparison.OrdinalIgnoreCase) && !effect.Equals("Deny", StringComparison.OrdinalIgnoreCase)))
        {
            throw Syntax();
        }

        return new StatementSyntax(
            index,
            statement,
            OptionalString(statement.Find("Sid")),
            effect,
            Principal(statement.Find("Principal")),
            Principal(statement.Find("NotPrincipal")),
            StringOrList(statement.Find("Action")),
            StringOrList(statement.Find("NotAction")),
            StringOrList(statement.Find("Resource")),
            StringOrList(statement.Find("NotResource")),
            Conditions(statement.Find("Condition")));
    }

    private static void Exclusive(JsonObjectNode statement, string one, string other)
    {
        if (statement.Find(one) is not null && statement.Find(other) is not null)
        {
            throw Syntax();
        }
    }

    private static PrincipalSyntax? Principal(JsonMember? member)
    {
        switch (member?.Value)
        {
            case null:
                return null;
            case JsonStringNode { Value: "*" }:
                return new PrincipalSyntax(true, []);
            case JsonObjectNode { Members.Count: > 0 } byType:
                var types = new List<KeyValuePair<string, IReadOnlyList<string>>>(byType.Members.Count);
                foreach (var type in byType.Members)
                {
                    var values = StringOrList(type);
                    if (values is null || values.Count == 0)
                    {
                        throw Syntax();
                    }

                    types.Add(new(type.Name, values));
                }

                return new PrincipalSyntax(false, types);
            default:
                throw Syntax();
        }
    }

    private static List<ConditionSyntax> Conditions(JsonMember? member)
    {
        if (member is null)
        {
            return [];
        }

        if (member.Value is not JsonObjectNode block)
        {
            throw Syntax();
        }

        var entries = new List<ConditionSyntax>();
        foreach (var operatorMember in block.Members)
        {
            if (operatorMember.Value is not JsonObjectNode keys)
            {
                throw Syntax();
            }

            if (keys.Members.Count > 0 && !ConditionOperatorName.IsValid(operatorMember.Name))
            {
                throw Syntax();
            }

            foreach (var key in keys.Members)
            {
                entries.Add(new ConditionSyntax(operatorMember.Name, key.Name, ConditionValues(key.Value), key.Start, key.Value.End));
            }
        }

        return entries;
    }

    private static List<string> ConditionValues(JsonNode node)
    {
        if (node is JsonArrayNode array)
        {
            var values = new List<string>(array.Items.Count);
            foreach (var item in array.Items)
            {
                values.Add(ConditionScalar(item));
            }

            return values;
        }

        return [ConditionScalar(node)];
    }

    private static string ConditionScalar(JsonNode node) => node switch
    {
        JsonStringNode text => text.Value,
        JsonNumberNode number => number.Text,
        JsonBooleanNode { Value: true } => "true",
        JsonBooleanNode { Value: false } => "false",
        _ => throw Syntax(),
    };

    private static List<string>? StringOrList(JsonMember? member)
    {
        switch (member?.Value)
        {
            case null:
                return null;
            case JsonStringNode single:
                return [single.Value];
            case JsonArrayNode array:
                var values = new List<string>(array.Items.Count);
                foreach (var item in array.Items)
                {
                    values.Add(item is JsonStringNode text ? text.Value : throw Syntax());
                }

                return values;
            default:
                throw Syntax();
        }
    }

    private static string? OptionalString(JsonMember? member) => member?.Value switch
    {
        null => null,
        JsonStringNode text => text.Value,
        _ => throw Syntax(),
    };

    private static MalformedPolicyException Syntax() => new(PolicyMessages.SyntaxErrors);
}
