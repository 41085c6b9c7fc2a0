namespace Rampart.Iam.Policies;

/// <summary>How many users, groups and roles of one account use an AWS managed policy (collection
/// <see cref="PolicyCollections.AwsPolicyUsage"/>); deleted when both counts fall to zero.</summary>
public sealed record PolicyUsageRecord(string PolicyName, int AttachmentCount, int PermissionsBoundaryUsageCount);
