namespace Rampart.Policy;

/// <summary>The only exception the parser throws; its message is worded as IAM words MalformedPolicyDocument.</summary>
public sealed class MalformedPolicyException(string message) : Exception(message);
