using System.Text.Json.Nodes;
using Rampart.Protocol.Models;
using Rampart.Protocol.Routing;

namespace Rampart.Protocol.Tests;

/// <summary>Drives the protocol layer the way the host does, with botocore on the client side.</summary>
internal static class Sdk
{
    public const string RequestId = "c6104cbe-af31-11e0-8154-cbc7ccf896c7";

    /// <summary>botocore serializes the call; Rampart routes it (signed for <paramref name="service"/>) and decodes it.</summary>
    public static (RouteMatch Route, JsonObject Input) Send(string service, string operation, JsonObject parameters)
    {
        var request = Botocore.Serialize(service, operation, parameters);
        var route = RequestRouter.Default.Resolve(request, service);
        return (route, ProtocolCodec.DecodeInput(route, request));
    }

    /// <summary>Rampart encodes the output; botocore parses it.</summary>
    public static JsonObject Receive(string service, string operation, JsonObject output)
    {
        var response = ProtocolCodec.EncodeOutput(Route(service, operation), output, RequestId);
        return Botocore.Parse(service, operation, response);
    }

    /// <summary>Rampart encodes the error; botocore parses it into Error.Code / Error.Message.</summary>
    public static (JsonObject Parsed, WireResponse Response) ReceiveError(string service, string operation, ServiceError error)
    {
        var model = ServiceCatalog.Default.Find(service)!;
        var response = ProtocolCodec.EncodeError(model, error, RequestId);
        return (Botocore.Parse(service, operation, response), response);
    }

    public static RouteMatch Route(string service, string operation)
    {
        var model = ServiceCatalog.Default.Find(service)!;
        return new RouteMatch(model, model.FindOperation(operation)!);
    }

    public static string? Header(this WireResponse response, string name) =>
        response.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public static JsonNode? At(this JsonNode? node, string path)
    {
        JsonNode? current = node;
        foreach (var part in path.Split('.'))
        {
            current = int.TryParse(part, out var index) ? current?.AsArray()[index] : current?[part];
        }
        return current;
    }

    public static string? Text(this JsonNode? node, string path) => node.At(path)?.GetValue<string>();
}
