using System.Text;
using System.Text.Json.Nodes;
using Rampart.Protocol.Models;
using Rampart.Protocol.Routing;
using Rampart.Protocol.Validation;

namespace Rampart.Protocol.Decoders;

/// <summary>Decodes a REST-JSON request: URI labels, query string, headers and the JSON body or payload member.</summary>
internal static class RestJsonRequestDecoder
{
    public static JsonObject Decode(WireRequest request, RouteMatch route)
    {
        var input = route.Operation.Input;
        if (input is null)
        {
            return [];
        }
        var result = ReadBody(request, input);
        var violations = new List<ConstraintViolation>();
        var query = route.Query ?? QueryParameters.Empty;
        var boundQueryNames = input.Members
            .Where(m => m.Location == MemberLocation.QueryString && m.Shape.Type != ShapeType.Map)
            .Select(m => m.WireName)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var member in input.Members)
        {
            var value = member.Location switch
            {
                MemberLocation.Uri => route.Labels?.GetValueOrDefault(member.WireName) is { } label
                    ? WireScalar.Read(label, member, member.ValidationName, out var labelViolation).Also(labelViolation, violations)
                    : null,
                MemberLocation.QueryString => ReadQuery(query, member, boundQueryNames, violations),
                MemberLocation.Header => ReadHeader(request, member, violations),
                MemberLocation.Headers => ReadPrefixedHeaders(request, member),
                _ => null,
            };
            if (value is not null)
            {
                result[member.Name] = value;
            }
        }
        if (violations.Count > 0)
        {
            throw ValidationFailure.Exception(route.Service, violations);
        }
        return result;
    }

    private static JsonObject ReadBody(WireRequest request, Shape input)
    {
        if (input.PayloadMember is not { } payloadName)
        {
            return JsonShapeReader.ReadBody(request.Body.Span, input, bodyMembersOnly: true);
        }
        var result = new JsonObject();
        var payload = input.MembersByName[payloadName];
        if (request.Body.IsEmpty)
        {
            return result;
        }
        result[payload.Name] = payload.Shape.Type switch
        {
            ShapeType.Structure => JsonShapeReader.ReadBody(request.Body.Span, payload.Shape, bodyMembersOnly: false),
            ShapeType.Blob => JsonValue.Create(Convert.ToBase64String(request.Body.Span)),
            _ => JsonValue.Create(Encoding.UTF8.GetString(request.Body.Span)),
        };
        return result;
    }

    private static JsonNode? ReadQuery(QueryParameters query, MemberModel member, HashSet<string> boundNames, List<ConstraintViolation> violations)
    {
        var shape = member.Shape;
        if (shape.Type == ShapeType.Map)
        {
            // A map in the query string collects every parameter no other member names.
            var map = new JsonObject();
            foreach (var (name, value) in query.Pairs)
            {
                if (!boundNames.Contains(name) && !map.ContainsKey(name))
                {
                    map[name] = shape.MapValue!.Shape.Type == ShapeType.List
                        ? new JsonArray(query.All(name).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray())
                        : JsonValue.Create(value);
                }
            }
            return map.Count == 0 ? null : map;
        }
        if (shape.Type == ShapeType.List)
        {
            var values = query.All(member.WireName).ToArray();
            if (values.Length == 0)
            {
                return null;
            }
            var list = new JsonArray();
            foreach (var value in values)
            {
                list.Add(WireScalar.Read(value, shape.ListMember!, $"{member.ValidationName}.{list.Count + 1}.member", out var violation)
                    .Also(violation, violations));
            }
            return list;
        }
        return query.First(member.WireName) is { } text
            ? WireScalar.Read(text, member, member.ValidationName, out var scalarViolation).Also(scalarViolation, violations)
            : null;
    }

    private static JsonNode? ReadHeader(WireRequest request, MemberModel member, List<ConstraintViolation> violations)
    {
        if (request.Header(member.WireName) is not { } text)
        {
            return null;
        }
        if (member.Shape.Type == ShapeType.List)
        {
            var list = new JsonArray();
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                list.Add(WireScalar.Read(part, member.Shape.ListMember!, member.ValidationName, out var violation).Also(violation, violations));
            }
            return list;
        }
        if (member.JsonValue && member.Shape.Type == ShapeType.String)
        {
            // JSON values travel base64-encoded in headers; the decoded tree holds the JSON text.
            try
            {
                return JsonValue.Create(Encoding.UTF8.GetString(Convert.FromBase64String(text)));
            }
            catch (FormatException)
            {
                violations.Add(new ConstraintViolation(member.ValidationName, $"'{text}'", "Member must be base64-encoded JSON", ConstraintKind.Type));
                return null;
            }
        }
        return WireScalar.Read(text, member, member.ValidationName, out var scalarViolation).Also(scalarViolation, violations);
    }

    private static JsonObject? ReadPrefixedHeaders(WireRequest request, MemberModel member)
    {
        var prefix = member.LocationName ?? "";
        var map = new JsonObject();
        foreach (var (name, value) in request.Headers)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && !map.ContainsKey(name[prefix.Length..]))
            {
                map[name[prefix.Length..]] = value;
            }
        }
        return map.Count == 0 ? null : map;
    }

    private static JsonNode? Also(this JsonNode? value, ConstraintViolation? violation, List<ConstraintViolation> violations)
    {
        if (violation is not null)
        {
            violations.Add(violation);
        }
        return value;
    }
}
