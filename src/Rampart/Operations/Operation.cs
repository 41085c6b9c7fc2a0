using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Protocol;

namespace Rampart.Operations;

/// <summary>Base of every operation: a typed handler plus its <see cref="OperationDeclaration{TRequest}"/>.
/// Property names of <typeparamref name="TRequest"/> and <typeparamref name="TResponse"/> are the API model's member
/// names; the protocol layer turns them into the wire format.</summary>
public abstract class Operation<TRequest, TResponse> : IOperation
{
    public abstract string Service { get; }

    public abstract string Name { get; }

    /// <summary>How this operation is authorized; see <see cref="OperationDeclaration{TRequest}"/>.</summary>
    protected abstract OperationDeclaration<TRequest> Declaration { get; }

    /// <summary>The operation's logic; reports failures by throwing <see cref="AwsException"/>.</summary>
    protected abstract Task<TResponse> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken);

    public PreparedCall Prepare(JsonObject input, CallContext call)
    {
        var request = Decode(input);
        return new PreparedCall(
            Declaration.For(request, call),
            request!,
            async cancellationToken => Encode(await HandleAsync(request, call, cancellationToken)));
    }

    private static TRequest Decode(JsonObject input)
    {
        try
        {
            return input.Deserialize<TRequest>(OperationJson.Options)
                ?? throw new AwsException("ValidationError", "The request is empty.");
        }
        catch (JsonException e)
        {
            throw new AwsException("ValidationError", $"Invalid request parameter: {e.Path}");
        }
    }

    private static JsonNode? Encode(TResponse response) => JsonSerializer.SerializeToNode(response, OperationJson.Options);
}
