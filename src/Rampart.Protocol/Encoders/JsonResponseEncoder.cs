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
            writer.WriteStartObject();
            writer.WriteString("__type", error.Code);
            // AWS leaves the message out when it has none ({"__type":"UnknownOperationException"}).
            if (error.Message.Length > 0)
            {
                writer.WriteString(MessageMemberName(service, error.Code), error.Message);
            }
            writer.WriteEndObject();
        });

    private static string MessageMemberName(ServiceModel? service, string code)
    {
        if (service is not null && service.ErrorsByCode.TryGetValue(code, out var shape))
        {
            foreach (var member in shape.Members)
            {
                if (string.Equals(member.WireName, "message", StringComparison.OrdinalIgnoreCase))
                {
                    return member.WireName;
                }
            }
        }
        return "message";
    }

    private static KeyValuePair<string, string>[] Headers(string contentType, string requestId) =>
        [new("Content-Type", contentType), new("x-amzn-RequestId", requestId)];
}
