namespace Rampart.Policy.Parsing;

/// <summary>A JSON value as read from a policy document, with the UTF-8 byte range it occupies
/// (<see cref="Start"/> inclusive, <see cref="End"/> exclusive) so positions can be reported.</summary>
internal abstract record JsonNode(int Start, int End);

internal sealed record JsonObjectNode(IReadOnlyList<JsonMember> Members, int Start, int End) : JsonNode(Start, End)
{
    public JsonMember? Find(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }
}

/// <summary>One name/value pair of an object; <see cref="Start"/> is where its name begins.</summary>
internal sealed record JsonMember(string Name, JsonNode Value, int Start);

internal sealed record JsonArrayNode(IReadOnlyList<JsonNode> Items, int Start, int End) : JsonNode(Start, End);

internal sealed record JsonStringNode(string Value, int Start, int End) : JsonNode(Start, End);

/// <summary>A number kept as written, because condition values compare as text until an operator reads them.</summary>
internal sealed record JsonNumberNode(string Text, int Start, int End) : JsonNode(Start, End);

internal sealed record JsonBooleanNode(bool Value, int Start, int End) : JsonNode(Start, End);

internal sealed record JsonNullNode(int Start, int End) : JsonNode(Start, End);
