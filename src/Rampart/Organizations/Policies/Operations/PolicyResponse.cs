namespace Rampart.Organizations.Policies.Operations;

/// <summary>The response of CreatePolicy, UpdatePolicy and DescribePolicy.</summary>
public sealed record PolicyResponse(PolicyDescription Policy);
