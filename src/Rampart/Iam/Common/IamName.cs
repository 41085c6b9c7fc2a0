namespace Rampart.Iam.Common;

/// <summary>IAM names (users, groups, roles, policies) are unique regardless of case but keep their spelling.</summary>
public static class IamName
{
    /// <summary>The store key of a name: equal for names that differ only in case.</summary>
    public static string Key(string name) => name.ToUpperInvariant();

    public static bool SameName(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);
}
