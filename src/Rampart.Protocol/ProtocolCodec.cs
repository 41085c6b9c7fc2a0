using System.Text.Json.Nodes;
using Rampart.Protocol.Decoders;
using Rampart.Protocol.Encoders;
using Rampart.Protocol.Models;
using Rampart.Protocol.Routing;
using Rampart.Protocol.Validation;

namespace Rampart.Protocol;

/// <summary>The protocol layer's entry points: decode a routed request into its input tree (model member names,
/// timestamps ISO 8601, blobs base64, validated as AWS validates), encode an output tree or an error.</summary>
public static class ProtocolCodec
{
    /// <summary>Decodes and validates the input of a routed request; throws <see cref="AwsException"/> with the
    /// protocol's error (ValidationError, ValidationException, SerializationException) when it is invalid.</summary>
    public static JsonObject DecodeInput(RouteMatch route, WireRequest request)
    {
        var input = Decode(route, request);
        if (route.Operation.Input is { } inputShape)
        {
            var violations = InputValidator.Validate(input, inputShape);
            if (violations.Count > 0)
            {
                throw ValidationFailure.Exception(route.Service, violations);
            }
        }
        return input;
    }

    /// <summary>Decoding alone, before the model's constraints are checked.</summary>
    internal static JsonObject Decode(RouteMatch route, WireRequest request)
    {
        var (service, operation) = route;
        return service.Protocol switch
        {
            ProtocolKind.Query => QueryRequestDecoder.Decode(route.Parameters ?? QueryParameters.Parse(request.QueryString), operation.Input, service),
            ProtocolKind.Json => operation.Input is { } shape ? JsonShapeReader.ReadBody(request.Body.Span, shape, bodyMembersOnly: false) : [],
            _ => RestJsonRequestDecoder.Decode(request, route),
        };
    }

    /// <summary>Encodes a successful response from the handler's output tree (model member names; null members
    /// are left out). Throws InvalidOperationException when the tree does not fit the output shape.</summary>
    public static WireResponse EncodeOutput(RouteMatch route, JsonObject? output, string requestId)
    {
        var (service, operation) = route;
        return service.Protocol switch
        {
            ProtocolKind.Query => QueryResponseEncoder.Encode(service, operation, output, requestId),
            ProtocolKind.Json => JsonResponseEncoder.Encode(service, operation, output, requestId),
            _ => RestJsonResponseEncoder.Encode(operation, output, requestId),
        };
    }

    /// <summary>Encodes an error in the protocol of the service, as that protocol's SDKs parse it.</summary>
    public static WireResponse EncodeError(ServiceModel service, ServiceError error, string requestId) =>
        EncodeError(service.Protocol, service, error, requestId);

    /// <summary>Encodes an error raised before routing finished (authentication, unknown operation), in the
    /// protocol of the credential scope's service when it is known, else the protocol the request speaks.</summary>
    public static WireResponse EncodeError(WireRequest request, string? scopeService, ServiceError error, string requestId)
    {
        var service = scopeService is null ? null : ServiceCatalog.Default.Find(scopeService);
        return EncodeError(service?.Protocol ?? RequestRouter.ProtocolOf(request), service, error, requestId);
    }

    private static WireResponse EncodeError(ProtocolKind protocol, ServiceModel? service, ServiceError error, string requestId) =>
        protocol switch
        {
            ProtocolKind.Query => QueryResponseEncoder.EncodeError(service, error, requestId),
            ProtocolKind.Json => JsonResponseEncoder.EncodeError(service, error, requestId),
            _ => RestJsonResponseEncoder.EncodeError(service, error, requestId),
        };
}
