namespace Rampart.Policy.Parsing;

/// <summary>The MalformedPolicyDocument messages, worded exactly as the AWS services word them.</summary>
internal static class PolicyMessages
{
    public const string SyntaxErrors = "Syntax errors in policy.";
    public const string VersionTooOld = "Policy document must be version 2012-10-17 or greater.";
    public const string LegacyParsingFailed = "The policy failed legacy parsing";
    public const string SidsNotUnique = "Statement IDs (SID) in a single policy must be unique.";
    public const string SidNotAlphanumeric =
        "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*";
    public const string MissingActions = "Policy statement must contain actions.";
    public const string MissingResources = "Policy statement must contain resources.";
    public const string PrincipalNotAllowed = "Policy document should not specify a principal.";
    public const string MissingPrincipal = "Missing required field Principal";
    public const string TrustPolicyWithoutPrincipal =
        "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!";
    public const string ActionWithoutVendor = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
    public const string ActionWithManyColons = "Actions/Condition can contain only one colon.";
    public const string ResourceVendorNotQualified = "Resource vendor must be fully qualified and cannot contain regexes.";
    public const string TrustPolicyActions = "AssumeRole policy may only specify STS AssumeRole actions.";
    public const string KeyPolicyInvalidPrincipals = "Policy contains a statement with one or more invalid principals.";
    public const string OrganizationsPolicyInvalid =
        "The provided policy document does not meet the requirements of the specified policy type.";
    public const string InvalidCharacters =
        "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+";

    public static string ProhibitedField(string field) => $"Has prohibited field {field}";

    public static string VendorNotValid(string vendor) => $"Vendor {vendor} is not valid";

    public static string ResourceNotArn(string resource) => $"Resource {resource} must be in ARN format or \"*\".";

    public static string PartitionNotValid(string partition, string service, string region, string account, string resource) =>
        $"Partition \"{partition}\" is not valid for resource \"arn:{partition}:{service}:{region}:{account}:{resource}\".";

    public static string IamResourceWithRegion(string resource) => $"IAM resource {resource} cannot contain region information.";

    public static string S3ResourceWithRegion(string resource) => $"Resource {resource} can not contain region information.";

    public static string IamResourcePath(IEnumerable<string> prefixes) =>
        $"IAM resource path must either be \"*\" or start with {string.Join(", ", prefixes)}.";

    public static string InvalidPrincipal(string type, string value) => $"Invalid principal in policy: \"{type}\":\"{value}\"";

    public static string SizeQuotaExceeded(PolicySizeQuota quota) => $"Cannot exceed quota for {quota.Name}: {quota.Limit}";
}
