using Rampart.Kms.Common;

namespace Rampart.Kms.Keys;

/// <summary>The only key policy name KMS knows.</summary>
public static class KeyPolicyName
{
    public static void Require(string? name)
    {
        if (name is not null && name != DefaultKeyPolicy.Name)
        {
            throw KmsErrors.NotFound("No such policy exists");
        }
    }
}
