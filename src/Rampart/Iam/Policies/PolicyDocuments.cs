using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Protocol;

namespace Rampart.Iam.Policies;

/// <summary>Validates identity policy documents with the engine's parser and reports failures as IAM does:
/// MalformedPolicyDocument with the parser's message, a size over quota as LimitExceeded.</summary>
public static class PolicyDocuments
{
    public static PolicyDocument Parse(string json, string name, PolicySizeQuota quota, PolicyKind kind = PolicyKind.Identity)
    {
        try
        {
            return PolicyParser.Parse(json, kind, name, quota);
        }
        catch (MalformedPolicyException e) when (e.Reason == MalformedPolicyReason.SizeQuotaExceeded)
        {
            throw new AwsException("LimitExceeded", e.Message, 409);
        }
        catch (MalformedPolicyException e) when (e.Reason == MalformedPolicyReason.InvalidCharacters)
        {
            throw new AwsException("ValidationError", e.Message);
        }
        catch (MalformedPolicyException e)
        {
            throw PolicyErrors.Malformed(e.Message);
        }
    }
}
