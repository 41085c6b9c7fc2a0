namespace Rampart.Kms.Keys.Operations;

/// <summary>The request of operations that take only a KeyId (EnableKey, DisableKey, CancelKeyDeletion, ...).</summary>
public sealed record KeyIdRequest(string KeyId);
