namespace Rampart.Protocol;

public sealed record WireResponse(int StatusCode, IReadOnlyList<KeyValuePair<string, string>> Headers, ReadOnlyMemory<byte> Body);
