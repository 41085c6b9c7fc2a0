using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Encoders;

/// <summary>JSON 1.0/1.1 protocol responses and errors ({"__type": code, "message": text}).</summary>
internal static class JsonResponseEncoder
{
    private static readonly ReadOnlyMemory<byte> EmptyObject = "{}"u8.ToArray();

    public static WireResponse Encode(ServiceModel service, OperationModel operation, JsonObject? output, string requestId)
    {
        var body = operation.Output is { } shape && output is not null
            ? ResponseBuffer.Json(writer => JsonShapeWriter.WriteStructure(writer, output, shape, bodyMembersOnly: false))
            : EmptyObject;
        return new WireResponse(200, Headers(service.JsonContentType, requestId), body);
    }

    public static WireResponse EncodeError(ServiceModel? service, ServiceError error, string requestId) =>
        new(error.StatusCode, Headers(service?.JsonContentType ?? "application/x-amz-json-1.1", requestId), ErrorBody(service, error));

    /// <summary>The error body with the message under the member name the service's model gives it
    /// (KMS says "message", Organizations "Message").</summary>
    public static ReadOnlyMemory<byte> ErrorBody(ServiceModel? service, ServiceError error) =>
        ResponseBuffer.Json(writer =>
        {
            var shape = service?.ErrorsByCode.GetValueOrDefault(error.Code);
            var messageMember = shape?.Members.FirstOrDefault(IsMessage);
            writer.WriteStartObject();
            writer.WriteString("__type", error.Code);
            // AWS leaves the message out when it has none ({"__type":"UnknownOperationException"}).
            if (error.Message.Length > 0)
            {
                writer.WriteString(messageMember?.WireName ?? "message", error.Message);
            }
            if (error.Details is { } details && shape is not null)
            {
                foreach (var member in shape.Members)
                {
                    // __type is the code, already written; a modeled member of that wire name (GuardDuty's Type) is not repeated.
                    if (member != messageMember && member.Location == MemberLocation.Body && member.WireName != "__type"
                        && details[member.Name] is { } value)
                    {
                        writer.WritePropertyName(member.WireName);
                        JsonShapeWriter.WriteValue(writer, value, member);
                    }
                }
            }
            writer.WriteEndObject();
        });

    private static bool IsMessage(MemberModel member) =>
        string.Equals(member.WireName, "message", StringComparison.OrdinalIgnoreCase);

    private static KeyValuePair<string, string>[] Headers(string contentType, string requestId) =>
        [new("Content-Type", contentType), new("x-amzn-RequestId", requestId)];
}
