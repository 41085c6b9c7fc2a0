namespace Rampart.Sts;

/// <summary>The model's AssumedRoleUser shape.</summary>
public sealed record AssumedRoleUser(string AssumedRoleId, string Arn);

/// <summary>The model's FederatedUser shape.</summary>
public sealed record FederatedUser(string FederatedUserId, string Arn);
