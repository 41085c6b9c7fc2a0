namespace Rampart.Organizations.Handshakes;

/// <summary>A handshake in a listing by party or by organization.</summary>
public sealed record HandshakeEntry(string HandshakeId);
