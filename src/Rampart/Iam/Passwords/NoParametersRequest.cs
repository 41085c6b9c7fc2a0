namespace Rampart.Iam.Passwords;

/// <summary>The request of IAM operations that take no parameters.</summary>
public sealed record NoParametersRequest;
