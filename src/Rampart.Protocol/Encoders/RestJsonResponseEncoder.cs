using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Encoders;

/// <summary>REST-JSON responses: the model's status code, header members, and the JSON body or payload member;
/// errors carry x-amzn-ErrorType as well as the JSON error body.</summary>
internal static class RestJsonResponseEncoder
{
    private const string ContentType = "application/json";
    private const int NoContent = 204;
    private static readonly ReadOnlyMemory<byte> EmptyObject = "{}"u8.ToArray();

    public static WireResponse Encode(OperationModel operation, JsonObject? output, string requestId)
    {
        var headers = new List<KeyValuePair<string, string>> { new("Content-Type", ContentType), new("x-amzn-RequestId", requestId) };
        var status = operation.ResponseCode;
        var shape = operation.Output;
        if (shape is null || output is null)
        {
            return new WireResponse(status, headers, status == NoContent ? ReadOnlyMemory<byte>.Empty : EmptyObject);
        }
        foreach (var member in shape.Members)
        {
            if (output[member.Name] is not { } value)
            {
                continue;
            }
            switch (member.Location)
            {
                case MemberLocation.Header:
                    headers.Add(new(member.WireName, HeaderText(value, member)));
                    break;
                case MemberLocation.Headers:
                    foreach (var (name, item) in value as JsonObject ?? throw OutputScalar.Mismatch(value, member))
                    {
                        if (item is not null)
                        {
                            headers.Add(new((member.LocationName ?? "") + name, OutputScalar.String(item, shape.MapValue ?? member)));
                        }
                    }
                    break;
                case MemberLocation.StatusCode:
                    status = (int)OutputScalar.Number(value, member);
                    break;
            }
        }
        // HTTP forbids a body on 204 No Content (GuardDuty's TagResource answers 204).
        return new WireResponse(status, headers, status == NoContent ? ReadOnlyMemory<byte>.Empty : Body(output, shape, headers));
    }

    public static WireResponse EncodeError(ServiceModel? service, ServiceError error, string requestId) =>
        new(error.StatusCode,
            [new("Content-Type", ContentType), new("x-amzn-RequestId", requestId), new("x-amzn-ErrorType", error.Code)],
            JsonResponseEncoder.ErrorBody(service, error));

    private static ReadOnlyMemory<byte> Body(JsonObject output, Shape shape, List<KeyValuePair<string, string>> headers)
    {
        if (shape.PayloadMember is not { } payloadName)
        {
            return ResponseBuffer.Json(writer => JsonShapeWriter.WriteStructure(writer, output, shape, bodyMembersOnly: true));
        }
        var payload = shape.MembersByName[payloadName];
        if (output[payload.Name] is not { } value)
        {
            return payload.Shape.Type == ShapeType.Structure ? EmptyObject : ReadOnlyMemory<byte>.Empty;
        }
        switch (payload.Shape.Type)
        {
            case ShapeType.Structure:
                return ResponseBuffer.Json(writer => JsonShapeWriter.WriteValue(writer, value, payload));
            case ShapeType.Blob:
                headers[0] = new("Content-Type", "application/octet-stream");
                return Convert.FromBase64String(OutputScalar.String(value, payload));
            default:
                headers[0] = new("Content-Type", "text/plain");
                return Encoding.UTF8.GetBytes(OutputScalar.String(value, payload));
        }
    }

    private static string HeaderText(JsonNode value, MemberModel member) => member.Shape.Type switch
    {
        ShapeType.Timestamp => OutputScalar.FormatTimestamp(OutputScalar.Timestamp(value, member), member.EffectiveTimestampFormat ?? "rfc822"),
        ShapeType.Boolean => OutputScalar.Boolean(value, member) ? "true" : "false",
        ShapeType.Integer or ShapeType.Long => (OutputScalar.Integer(value, member)).ToString(CultureInfo.InvariantCulture),
        ShapeType.Double or ShapeType.Float => OutputScalar.Number(value, member).ToString("R", CultureInfo.InvariantCulture),
        ShapeType.List => string.Join(",", (value as JsonArray ?? throw OutputScalar.Mismatch(value, member))
            .OfType<JsonNode>().Select(item => HeaderText(item, member.Shape.ListMember!))),
        _ when member.JsonValue => Convert.ToBase64String(Encoding.UTF8.GetBytes(OutputScalar.String(value, member))),
        _ => OutputScalar.String(value, member),
    };
}
