using System.Text.Json.Nodes;
using Rampart.Protocol.Routing;

namespace Rampart.Protocol.Models;

/// <summary>One operation of a service: how it is addressed, its input and output shapes and its errors.</summary>
public sealed class OperationModel
{
    internal OperationModel(string name, string httpMethod, string requestUri, int responseCode)
    {
        Name = name;
        HttpMethod = httpMethod;
        RequestUri = requestUri;
        ResponseCode = responseCode;
        UriTemplate = UriTemplate.Parse(requestUri);
        QueryResponseElement = name + "Response";
    }

    public string Name { get; }
    public string HttpMethod { get; }
    /// <summary>The request URI template, with labels such as {detectorId} and greedy labels such as {Key+}.</summary>
    public string RequestUri { get; }
    /// <summary>The HTTP status of a successful response (REST protocols).</summary>
    public int ResponseCode { get; }
    public Shape? Input { get; internal set; }
    public Shape? Output { get; internal set; }
    /// <summary>The element wrapping the output in Query responses (e.g. CreateUserResult).</summary>
    public string? ResultWrapper { get; internal set; }

    /// <summary>The root element of a Query response (e.g. CreateUserResponse), made once rather than per response.</summary>
    internal string QueryResponseElement { get; }

    /// <summary>The element wrapping the output in Query responses: <see cref="ResultWrapper"/>, else the operation's
    /// name and "Result".</summary>
    internal string QueryResultElement => queryResultElement ??= ResultWrapper ?? Name + "Result";

    private string? queryResultElement;
    public IReadOnlyList<Shape> Errors { get; internal set; } = [];
    /// <summary>False for the operations the model marks <c>"authtype": "none"</c> (STS's AssumeRoleWithWebIdentity and
    /// AssumeRoleWithSAML), which AWS accepts unsigned because the request carries its own proof of identity.</summary>
    public bool RequiresSignature { get; internal set; } = true;

    internal UriTemplate UriTemplate { get; }

    /// <summary>A copy of decoded input with every sensitive member replaced as CloudTrail records it.</summary>
    public JsonObject? RedactInput(JsonObject? input) =>
        input is null || Input is null ? input?.DeepClone().AsObject() : SensitiveRedactor.Redact(input, Input).AsObject();

    /// <summary>A copy of an output tree (model member names) with every sensitive member replaced.</summary>
    public JsonNode? RedactOutput(JsonNode? output) =>
        output is null || Output is null ? output?.DeepClone() : SensitiveRedactor.Redact(output, Output);

    public override string ToString() => Name;
}
