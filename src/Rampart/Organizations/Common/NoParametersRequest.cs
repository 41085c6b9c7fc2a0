namespace Rampart.Organizations.Common;

/// <summary>The request of operations that take no parameters.</summary>
public sealed record NoParametersRequest;
