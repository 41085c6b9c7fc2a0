namespace Rampart.Iam.LastAccessed;

/// <summary>One recorded call as the last-accessed reports use it: which service and action, when, where, and by
/// which IAM entity (a user's ARN, or for a role session the role's ARN).</summary>
public sealed record AccessEvent(string ServiceNamespace, string ActionName, DateTimeOffset Time, string Region, string EntityArn);
