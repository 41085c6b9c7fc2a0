using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Encoders;

/// <summary>Query protocol responses: &lt;OpResponse&gt;&lt;OpResult&gt;...&lt;/OpResult&gt;&lt;ResponseMetadata&gt; and &lt;ErrorResponse&gt;.</summary>
internal static class QueryResponseEncoder
{
    private const string ContentType = "text/xml";

    public static WireResponse Encode(ServiceModel service, OperationModel operation, JsonObject? output, string requestId)
    {
        var body = ResponseBuffer.Xml(writer =>
        {
            writer.WriteStartElement(operation.QueryResponseElement, service.XmlNamespace);
            if (operation.Output is { } shape)
            {
                writer.WriteStartElement(operation.QueryResultElement);
                if (output is not null)
                {
                    QueryXmlWriter.WriteMembers(writer, output, shape);
                }
                writer.WriteEndElement();
            }
            writer.WriteStartElement("ResponseMetadata");
            writer.WriteElementString("RequestId", requestId);
            writer.WriteEndElement();
            writer.WriteEndElement();
        });
        return new WireResponse(200, Headers(requestId), body);
    }

    public static WireResponse EncodeError(ServiceModel? service, ServiceError error, string requestId)
    {
        var body = ResponseBuffer.Xml(writer =>
        {
            writer.WriteStartElement("ErrorResponse", service?.XmlNamespace ?? "");
            writer.WriteStartElement("Error");
            writer.WriteElementString("Type", error.SenderFault ? "Sender" : "Receiver");
            writer.WriteElementString("Code", XmlText.Clean(error.Code));
            writer.WriteElementString("Message", XmlText.Clean(error.Message));
            writer.WriteEndElement();
            writer.WriteElementString("RequestId", XmlText.Clean(requestId));
            writer.WriteEndElement();
        });
        return new WireResponse(error.StatusCode, Headers(requestId), body);
    }

    private static KeyValuePair<string, string>[] Headers(string requestId) =>
        [new("Content-Type", ContentType), new("x-amzn-RequestId", requestId)];
}
