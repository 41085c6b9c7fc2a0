namespace Rampart.Iam.Common;

/// <summary>IAM names (users, groups, roles, policies) are unique regardless of case but keep their spelling.</summary>
public static class IamName
{
    private const int MaxLength = 128;

    /// <summary>The store key of a name: equal for names that differ only in case.</summary>
    public static string Key(string name) => name.ToUpperInvariant();

    /// <summary>IAM names are 1 to 128 characters; lookups of other strings (taken from ARNs, say) find nothing.</summary>
    public static bool CanExist(string name) => name.Length is > 0 and <= MaxLength;

    public static bool SameName(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);
}
