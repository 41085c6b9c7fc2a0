using System.Globalization;
using System.Text.Json.Nodes;
using Rampart.Protocol.Models;
using Rampart.Protocol.Routing;
using Rampart.Protocol.Validation;

namespace Rampart.Protocol.Decoders;

/// <summary>Decodes Query protocol parameters (Tags.member.1.Key, Attributes.entry.1.key, ...) into a tree of
/// the input shape, as botocore's Query serializer lays them out.</summary>
internal static class QueryRequestDecoder
{
    public static JsonObject Decode(QueryParameters parameters, Shape? input, ServiceModel service)
    {
        if (input is null)
        {
            return [];
        }
        var violations = new List<ConstraintViolation>();
        var result = ReadStructure(parameters, input, "", "", violations) ?? [];
        if (violations.Count > 0)
        {
            throw ValidationFailure.Exception(service, violations);
        }
        return result;
    }

    private static JsonObject? ReadStructure(QueryParameters parameters, Shape shape, string prefix, string path, List<ConstraintViolation> violations)
    {
        JsonObject? result = null;
        foreach (var member in shape.Members)
        {
            var key = prefix.Length == 0 ? member.WireName : prefix + "." + member.WireName;
            var memberPath = path.Length == 0 ? member.ValidationName : path + "." + member.ValidationName;
            if (Read(parameters, member, key, memberPath, violations) is { } value)
            {
                (result ??= [])[member.Name] = value;
            }
        }
        return result;
    }

    private static JsonNode? Read(QueryParameters parameters, MemberModel member, string key, string path, List<ConstraintViolation> violations)
    {
        var shape = member.Shape;
        switch (shape.Type)
        {
            case ShapeType.Structure:
                return parameters.ContainsPrefix(key + ".") ? ReadStructure(parameters, shape, key, path, violations) : null;
            case ShapeType.List:
                return ReadList(parameters, member, key, path, violations);
            case ShapeType.Map:
                return ReadMap(parameters, member, key, path, violations);
            default:
                if (parameters[key] is not { } text)
                {
                    return null;
                }
                var value = WireScalar.Read(text, member, path, out var violation);
                if (violation is not null)
                {
                    violations.Add(violation);
                }
                return value;
        }
    }

    private static JsonArray? ReadList(QueryParameters parameters, MemberModel member, string key, string path, List<ConstraintViolation> violations)
    {
        var element = member.Shape.ListMember!;
        string elementPrefix;
        if (member.IsFlattened)
        {
            elementPrefix = element.LocationName is { } name ? ReplaceLastPart(key, name) : key;
        }
        else
        {
            elementPrefix = key + "." + (element.LocationName ?? "member");
        }
        var indexes = Indexes(parameters, elementPrefix);
        if (indexes.Count == 0)
        {
            // botocore sends "Name=" for an empty list.
            return parameters[key] is "" ? [] : null;
        }
        var list = new JsonArray();
        foreach (var index in indexes)
        {
            var itemKey = elementPrefix + "." + index.ToString(CultureInfo.InvariantCulture);
            list.Add(Read(parameters, element, itemKey, $"{path}.{list.Count + 1}.member", violations));
        }
        return list;
    }

    private static JsonObject? ReadMap(QueryParameters parameters, MemberModel member, string key, string path, List<ConstraintViolation> violations)
    {
        var shape = member.Shape;
        var entryPrefix = member.IsFlattened ? key : key + ".entry";
        var indexes = Indexes(parameters, entryPrefix);
        if (indexes.Count == 0)
        {
            return null;
        }
        var keyName = shape.MapKey?.LocationName ?? "key";
        var valueName = shape.MapValue?.LocationName ?? "value";
        var map = new JsonObject();
        foreach (var index in indexes)
        {
            var entry = entryPrefix + "." + index.ToString(CultureInfo.InvariantCulture);
            if (parameters[entry + "." + keyName] is not { } mapKey)
            {
                violations.Add(new ConstraintViolation($"{path}.{index}.key", "null", "Member must not be null", ConstraintKind.Required));
                continue;
            }
            map[mapKey] = Read(parameters, shape.MapValue!, entry + "." + valueName, $"{path}.{mapKey}", violations);
        }
        return map;
    }

    /// <summary>The element numbers present under a list or map prefix, in numeric order.</summary>
    private static SortedSet<int> Indexes(QueryParameters parameters, string prefix)
    {
        var indexes = new SortedSet<int>();
        var start = prefix + ".";
        foreach (var (name, _) in parameters.Pairs)
        {
            if (!name.StartsWith(start, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = name.AsSpan(start.Length);
            var end = rest.IndexOf('.');
            var digits = end < 0 ? rest : rest[..end];
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index > 0)
            {
                indexes.Add(index);
            }
        }
        return indexes;
    }

    private static string ReplaceLastPart(string key, string name)
    {
        var dot = key.LastIndexOf('.');
        return dot < 0 ? name : key[..(dot + 1)] + name;
    }
}
