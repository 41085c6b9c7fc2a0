namespace Rampart.Kms.Common;

/// <summary>The response of operations that return nothing.</summary>
public sealed record EmptyResponse;
