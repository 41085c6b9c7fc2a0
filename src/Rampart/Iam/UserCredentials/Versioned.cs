namespace Rampart.Iam.UserCredentials;

/// <summary>A stored record and the version it was read at, for writes that must find it unchanged.</summary>
public sealed record Versioned<T>(T Record, long Version);
