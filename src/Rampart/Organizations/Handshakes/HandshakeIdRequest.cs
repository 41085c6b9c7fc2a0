namespace Rampart.Organizations.Handshakes;

/// <summary>The request of the operations on one handshake.</summary>
public sealed record HandshakeIdRequest(string HandshakeId);

public sealed record HandshakeResponse(HandshakeOutput Handshake);
