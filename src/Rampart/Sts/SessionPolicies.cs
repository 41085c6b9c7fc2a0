using Rampart.Iam.Policies;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Protocol;

namespace Rampart.Sts;

/// <summary>Session policies passed to AssumeRole and GetFederationToken: an inline document (validated by the
/// engine's parser as a session policy) and up to ten managed policy ARNs.</summary>
public static class SessionPolicies
{
    public const int MaxManagedPolicies = 10;

    public static void Validate(string? document, IReadOnlyList<PolicyDescriptor>? arns)
    {
        if (document is not null)
        {
            try
            {
                PolicyParser.Parse(document, PolicyKind.Session, "session policy", PolicySizeQuota.SessionPolicy);
            }
            catch (MalformedPolicyException e) when (e.Reason == MalformedPolicyReason.SizeQuotaExceeded)
            {
                throw new AwsException("PackedPolicyTooLarge", "Packed policy consumes more than 100% of the allotted space. Please use smaller policies.", 400);
            }
            catch (MalformedPolicyException e)
            {
                throw new AwsException("MalformedPolicyDocument", e.Message, 400);
            }
        }
        if (arns?.Count > MaxManagedPolicies)
        {
            throw new AwsException("ValidationError", $"1 validation error detected: Value at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to {MaxManagedPolicies}", 400);
        }
        foreach (var arn in arns ?? [])
        {
            if (arn.Arn is null || PolicyArn.TryParse(arn.Arn) is null)
            {
                throw new AwsException("ValidationError", $"The policy ARN {arn.Arn} is invalid.", 400);
            }
        }
    }

    public static CompiledPolicy Compile(string document) =>
        CompiledPolicy.Compile(PolicyParser.Parse(document, PolicyKind.Session, "session policy", PolicySizeQuota.SessionPolicy));
}
