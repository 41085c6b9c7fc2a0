namespace Rampart.Policy;

/// <summary>The resource's own policy.</summary>
/// <param name="MustGrantAccess">True for role trust policies and KMS key policies: the policy itself must allow the
/// principal (directly, or by naming the account, which then delegates to the caller's IAM policies); an identity-based
/// policy alone is not enough. False for ordinary resource policies (S3 bucket, SQS queue, ...).</param>
public sealed record ResourceBasedPolicy(CompiledPolicy Policy, bool MustGrantAccess = false);
