namespace Rampart.Protocol.Models;

/// <summary>One AWS service as its botocore API model describes it.</summary>
public sealed class ServiceModel
{
    internal ServiceModel(
        string name,
        ProtocolKind protocol,
        string apiVersion,
        string endpointPrefix,
        string signingName,
        string serviceId,
        string? jsonVersion,
        string? targetPrefix,
        string? xmlNamespace)
    {
        Name = name;
        Protocol = protocol;
        ApiVersion = apiVersion;
        EndpointPrefix = endpointPrefix;
        SigningName = signingName;
        ServiceId = serviceId;
        JsonVersion = jsonVersion;
        TargetPrefix = targetPrefix;
        XmlNamespace = xmlNamespace;
    }

    /// <summary>The service name of the SigV4 credential scope (signingName, else endpointPrefix).</summary>
    public string Name { get; }
    public ProtocolKind Protocol { get; }
    public string ApiVersion { get; }
    public string EndpointPrefix { get; }
    public string SigningName { get; }
    public string ServiceId { get; }
    /// <summary>"1.0" or "1.1" for the JSON protocol.</summary>
    public string? JsonVersion { get; }
    /// <summary>The X-Amz-Target prefix of the JSON protocol (e.g. TrentService).</summary>
    public string? TargetPrefix { get; }
    /// <summary>The namespace of Query XML responses.</summary>
    public string? XmlNamespace { get; }

    public IReadOnlyDictionary<string, OperationModel> Operations { get; internal set; } = new Dictionary<string, OperationModel>();
    public IReadOnlyDictionary<string, Shape> Shapes { get; internal set; } = new Dictionary<string, Shape>();

    /// <summary>Error shapes by wire code, to find the modeled members (such as message vs Message) of an error.</summary>
    public IReadOnlyDictionary<string, Shape> ErrorsByCode { get; internal set; } = new Dictionary<string, Shape>();

    /// <summary>The error code this service answers input that breaks the model's constraints with.</summary>
    public string ValidationErrorCode { get; internal set; } = "ValidationException";

    /// <summary>The content type of JSON protocol requests and responses.</summary>
    public string JsonContentType => "application/x-amz-json-" + (JsonVersion ?? "1.0");

    public OperationModel? FindOperation(string name) => Operations.GetValueOrDefault(name);

    public override string ToString() => Name;
}
