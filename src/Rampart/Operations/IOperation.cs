using System.Text.Json.Nodes;

namespace Rampart.Operations;

/// <summary>An operation as the pipeline sees it. Implement it by deriving from
/// <see cref="Operation{TRequest, TResponse}"/>: every such class in this assembly is found at start-up.</summary>
public interface IOperation
{
    /// <summary>The service as the protocol layer names it (<c>ServiceModel.Name</c>, its SigV4 signing name: "sts", "iam", "kms").</summary>
    string Service { get; }

    /// <summary>The operation's name as the API model spells it (e.g. "GetCallerIdentity").</summary>
    string Name { get; }

    /// <summary>Reads the typed request out of the decoded input and states what the call needs authorized;
    /// throws <see cref="Rampart.Protocol.AwsException"/> for input the operation rejects.</summary>
    PreparedCall Prepare(JsonObject input, CallContext call);
}
