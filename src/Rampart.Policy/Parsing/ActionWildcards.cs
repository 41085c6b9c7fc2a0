namespace Rampart.Policy.Parsing;

/// <summary>Rules about where wildcards may sit in an action pattern.</summary>
internal static class ActionWildcards
{
    /// <summary>True when every wildcard sits in one run at the very end ("s3:Get*", "*"), as RCPs require.</summary>
    public static bool HasWildcardOnlyAtEnd(string pattern)
    {
        var body = pattern.AsSpan().TrimEnd("*?");
        return body.IndexOfAny('*', '?') < 0;
    }
}
