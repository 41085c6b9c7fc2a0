using Rampart.Organizations.Policies.Effective;
using Rampart.Policy;
using Rampart.Policy.Parsing;

namespace Rampart.Organizations.Policies;

/// <summary>Checks a policy's content against its type: the size limit first, then SCPs and RCPs with the policy
/// engine's own parser (so what is accepted is exactly what will be enforced), management policies against the
/// inheritance-operator syntax.</summary>
public static class PolicyContent
{
    public static void Validate(OrganizationPolicyType type, string content)
    {
        if (content.Length > type.MaxSize)
        {
            throw PolicyErrors.TooLarge();
        }
        if (type.Kind is { } kind)
        {
            try
            {
                PolicyParser.Parse(content, kind, type.Name);
            }
            catch (MalformedPolicyException malformed)
            {
                throw PolicyErrors.MalformedPolicy(malformed.Message);
            }
        }
        else
        {
            ManagementPolicyDocument.Parse(content);
        }
    }
}
