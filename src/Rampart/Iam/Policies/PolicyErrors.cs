using Rampart.Protocol;

namespace Rampart.Iam.Policies;

/// <summary>IAM's errors about policies, with its codes, statuses and wording.</summary>
public static class PolicyErrors
{
    public static AwsException PolicyNotFound(string arn) => new("NoSuchEntity", $"Policy {arn} was not found.", 404);

    public static AwsException NotAttachable(string arn) =>
        new("NoSuchEntity", $"Policy {arn} does not exist or is not attachable.", 404);

    public static AwsException VersionNotFound(string arn, string versionId) =>
        new("NoSuchEntity", $"Policy {arn} version {versionId} does not exist or is not attachable.", 404);

    public static AwsException NotAttached(string arn) => new("NoSuchEntity", $"Policy {arn} was not found.", 404);

    public static AwsException AlreadyExists(string name) =>
        new("EntityAlreadyExists", $"A policy called {name} already exists. Duplicate names are not allowed.", 409);

    public static AwsException Attached() => new("DeleteConflict", "Cannot delete a policy attached to entities.", 409);

    public static AwsException HasVersions() => new(
        "DeleteConflict",
        "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
        409);

    public static AwsException DefaultVersion() => new("DeleteConflict", "Cannot delete the default version of a policy.", 409);

    public static AwsException TooManyVersions() => new(
        "LimitExceeded",
        "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.",
        409);

    public static AwsException TooManyAttachments(HolderKind kind, int limit) =>
        new("LimitExceeded", $"Cannot exceed quota for PoliciesPer{kind}: {limit}.", 409);

    public static AwsException InlineTooLarge(HolderKind kind, string holderName, int limit) =>
        new("LimitExceeded", $"Maximum policy size of {limit} bytes exceeded for {kind.ToString().ToLowerInvariant()} {holderName}", 409);

    public static AwsException InlineNotFound(HolderKind kind, string policyName) =>
        new("NoSuchEntity", $"The {kind.ToString().ToLowerInvariant()} policy with name {policyName} cannot be found.", 404);

    /// <summary>AWS's own account keeps its managed policies; customers can read and attach them, nothing more.</summary>
    public static AwsException AwsManagedUnmodifiable(string arn) =>
        new("AccessDenied", $"Policy {arn} is an AWS managed policy and cannot be modified.", 403);

    public static AwsException Malformed(string message) => new("MalformedPolicyDocument", message);

}
