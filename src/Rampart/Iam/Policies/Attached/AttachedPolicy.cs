namespace Rampart.Iam.Policies.Attached;

/// <summary>The model's AttachedPolicy shape.</summary>
public sealed record AttachedPolicy(string PolicyName, string PolicyArn);
