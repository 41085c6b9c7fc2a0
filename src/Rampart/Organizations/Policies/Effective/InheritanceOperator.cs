namespace Rampart.Organizations.Policies.Effective;

/// <summary>The inheritance operators of management policies (User Guide, "Inheritance operators").</summary>
public static class InheritanceOperator
{
    public const string Assign = "@@assign";
    public const string Append = "@@append";
    public const string Remove = "@@remove";
    public const string AllowedForChildPolicies = "@@operators_allowed_for_child_policies";
    public const string All = "@@all";
    public const string None = "@@none";

    public static readonly IReadOnlySet<string> ValueSetting = new HashSet<string>(StringComparer.Ordinal) { Assign, Append, Remove };

    public static bool IsOperator(string key) => key.StartsWith("@@", StringComparison.Ordinal);
}
