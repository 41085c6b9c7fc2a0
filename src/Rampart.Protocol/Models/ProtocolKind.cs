namespace Rampart.Protocol.Models;

/// <summary>The wire protocol a service speaks (metadata.protocols in the API model).</summary>
public enum ProtocolKind
{
    Query,
    Json,
    RestJson,
}
