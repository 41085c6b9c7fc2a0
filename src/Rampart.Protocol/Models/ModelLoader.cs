using System.IO.Compression;
using System.Text.Json;

namespace Rampart.Protocol.Models;

/// <summary>Reads a botocore service-2.json document into a <see cref="ServiceModel"/>.</summary>
internal static class ModelLoader
{
    public static ServiceModel Load(Stream gzipped)
    {
        using var json = new GZipStream(gzipped, CompressionMode.Decompress);
        using var document = JsonDocument.Parse(json);
        return Load(document.RootElement);
    }

    public static ServiceModel Load(JsonElement root)
    {
        var metadata = root.GetProperty("metadata");
        var endpointPrefix = metadata.GetProperty("endpointPrefix").GetString()!;
        var signingName = String(metadata, "signingName") ?? endpointPrefix;
        var service = new ServiceModel(
            name: signingName,
            protocol: ReadProtocol(metadata),
            apiVersion: metadata.GetProperty("apiVersion").GetString()!,
            endpointPrefix: endpointPrefix,
            signingName: signingName,
            serviceId: String(metadata, "serviceId") ?? endpointPrefix,
            jsonVersion: String(metadata, "jsonVersion"),
            targetPrefix: String(metadata, "targetPrefix"),
            xmlNamespace: String(metadata, "xmlNamespace"));

        var shapeElements = root.GetProperty("shapes");
        var shapes = new Dictionary<string, Shape>(StringComparer.Ordinal);
        foreach (var entry in shapeElements.EnumerateObject())
        {
            if (TryReadType(String(entry.Value, "type"), out var type))
            {
                shapes[entry.Name] = new Shape(entry.Name, type);
            }
        }
        foreach (var entry in shapeElements.EnumerateObject())
        {
            if (shapes.TryGetValue(entry.Name, out var shape))
            {
                FillShape(shape, entry.Value, shapes);
            }
        }

        var operations = new Dictionary<string, OperationModel>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("operations").EnumerateObject())
        {
            operations[entry.Name] = ReadOperation(entry.Name, entry.Value, shapes);
        }

        var errors = new Dictionary<string, Shape>(StringComparer.Ordinal);
        foreach (var shape in shapes.Values.Where(s => s.IsException))
        {
            errors.TryAdd(shape.ErrorCode ?? shape.Name, shape);
        }

        service.Shapes = shapes;
        service.Operations = operations;
        service.ErrorsByCode = errors;
        service.ValidationErrorCode = ValidationErrorCode(service.Protocol, operations.Values);
        return service;
    }

    /// <summary>Query services (IAM, STS) answer ValidationError. Other services answer the input error their
    /// operations declare most often (Organizations InvalidInputException, GuardDuty BadRequestException);
    /// those that declare none answer the framework's ValidationException.</summary>
    private static string ValidationErrorCode(ProtocolKind protocol, IEnumerable<OperationModel> operations)
    {
        if (protocol == ProtocolKind.Query)
        {
            return "ValidationError";
        }
        string[] candidates = ["ValidationException", "InvalidInputException", "BadRequestException", "InvalidRequestException"];
        var declared = operations
            .SelectMany(o => o.Errors.Select(e => e.ErrorCode ?? e.Name))
            .Where(candidates.Contains)
            .GroupBy(code => code)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => Array.IndexOf(candidates, g.Key))
            .FirstOrDefault();
        return declared?.Key ?? "ValidationException";
    }

    private static ProtocolKind ReadProtocol(JsonElement metadata)
    {
        var names = new List<string>();
        if (metadata.TryGetProperty("protocols", out var protocols))
        {
            names.AddRange(protocols.EnumerateArray().Select(p => p.GetString()!));
        }
        if (String(metadata, "protocol") is { } single)
        {
            names.Add(single);
        }
        foreach (var name in names)
        {
            switch (name)
            {
                case "query":
                    return ProtocolKind.Query;
                case "json":
                    return ProtocolKind.Json;
                case "rest-json":
                    return ProtocolKind.RestJson;
            }
        }
        throw new InvalidDataException($"Unsupported protocol(s) in API model: {string.Join(", ", names)}");
    }

    private static bool TryReadType(string? name, out ShapeType type)
    {
        type = name switch
        {
            "structure" => ShapeType.Structure,
            "list" => ShapeType.List,
            "map" => ShapeType.Map,
            "string" => ShapeType.String,
            "integer" => ShapeType.Integer,
            "long" => ShapeType.Long,
            "boolean" => ShapeType.Boolean,
            "double" => ShapeType.Double,
            "float" => ShapeType.Float,
            "timestamp" => ShapeType.Timestamp,
            "blob" => ShapeType.Blob,
            _ => (ShapeType)(-1),
        };
        return type >= 0;
    }

    private static void FillShape(Shape shape, JsonElement element, Dictionary<string, Shape> shapes)
    {
        shape.Min = Number(element, "min");
        shape.Max = Number(element, "max");
        shape.Pattern = String(element, "pattern");
        shape.Sensitive = Bool(element, "sensitive");
        shape.Flattened = Bool(element, "flattened");
        shape.IsDocument = Bool(element, "document");
        shape.IsUnion = Bool(element, "union");
        shape.TimestampFormat = String(element, "timestampFormat");
        shape.PayloadMember = String(element, "payload");
        if (element.TryGetProperty("enum", out var values))
        {
            shape.EnumValues = values.EnumerateArray().Select(v => v.GetString()!).ToArray();
        }
        if (Bool(element, "exception"))
        {
            shape.IsException = true;
            shape.ErrorSenderFault = !Bool(element, "fault");
            if (element.TryGetProperty("error", out var error))
            {
                shape.ErrorCode = String(error, "code");
                shape.ErrorStatusCode = (int?)Number(error, "httpStatusCode");
                if (error.TryGetProperty("senderFault", out var sender))
                {
                    shape.ErrorSenderFault = sender.GetBoolean();
                }
            }
        }

        switch (shape.Type)
        {
            case ShapeType.Structure when element.TryGetProperty("members", out var members):
                var required = element.TryGetProperty("required", out var req)
                    ? req.EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
                    : [];
                var list = new List<MemberModel>();
                foreach (var member in members.EnumerateObject())
                {
                    if (ReadMember(member.Name, member.Value, shapes) is { } model)
                    {
                        model.IsRequired = required.Contains(member.Name);
                        list.Add(model);
                    }
                }
                shape.Members = list;
                shape.MembersByName = list.ToDictionary(m => m.Name, StringComparer.Ordinal);
                shape.MembersByWireName = list
                    .Where(m => m.Location == MemberLocation.Body)
                    .GroupBy(m => m.WireName, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                break;
            case ShapeType.List when element.TryGetProperty("member", out var listMember):
                shape.ListMember = ReadMember("member", listMember, shapes);
                break;
            case ShapeType.Map:
                shape.MapKey = element.TryGetProperty("key", out var key) ? ReadMember("key", key, shapes) : null;
                shape.MapValue = element.TryGetProperty("value", out var value) ? ReadMember("value", value, shapes) : null;
                break;
        }
    }

    private static MemberModel? ReadMember(string name, JsonElement element, Dictionary<string, Shape> shapes)
    {
        // Event streams and other shapes of types the codecs do not carry are left out of the member list.
        if (!shapes.TryGetValue(element.GetProperty("shape").GetString()!, out var shape))
        {
            return null;
        }
        return new MemberModel(name, shape)
        {
            Location = String(element, "location") switch
            {
                "uri" => MemberLocation.Uri,
                "querystring" => MemberLocation.QueryString,
                "header" => MemberLocation.Header,
                "headers" => MemberLocation.Headers,
                "statusCode" => MemberLocation.StatusCode,
                _ => MemberLocation.Body,
            },
            LocationName = String(element, "locationName"),
            QueryName = String(element, "queryName"),
            Flattened = Bool(element, "flattened"),
            TimestampFormat = String(element, "timestampFormat"),
            JsonValue = Bool(element, "jsonvalue"),
            IdempotencyToken = Bool(element, "idempotencyToken"),
            SensitiveOnReference = Bool(element, "sensitive"),
        };
    }

    private static OperationModel ReadOperation(string name, JsonElement element, Dictionary<string, Shape> shapes)
    {
        var http = element.TryGetProperty("http", out var h) ? h : default;
        var operation = new OperationModel(
            name,
            http.ValueKind == JsonValueKind.Object ? String(http, "method") ?? "POST" : "POST",
            http.ValueKind == JsonValueKind.Object ? String(http, "requestUri") ?? "/" : "/",
            http.ValueKind == JsonValueKind.Object ? (int?)Number(http, "responseCode") ?? 200 : 200);
        if (element.TryGetProperty("input", out var input))
        {
            operation.Input = shapes.GetValueOrDefault(input.GetProperty("shape").GetString()!);
        }
        if (element.TryGetProperty("output", out var output))
        {
            operation.Output = shapes.GetValueOrDefault(output.GetProperty("shape").GetString()!);
            operation.ResultWrapper = String(output, "resultWrapper");
        }
        operation.RequiresSignature = String(element, "authtype") != "none";
        if (element.TryGetProperty("errors", out var errors))
        {
            operation.Errors = errors.EnumerateArray()
                .Select(e => shapes.GetValueOrDefault(e.GetProperty("shape").GetString()!))
                .OfType<Shape>()
                .ToArray();
        }
        return operation;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Bool(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
