using System.Text.RegularExpressions;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Statements;

/// <summary>AWS WAF's rules for regular expressions: at most 200 characters, the PCRE subset without
/// backreferences or lookaround, and syntactically valid.</summary>
public static partial class RegexRules
{
    public const int MaxLength = 200;

    public static void Check(string pattern, string field)
    {
        if (pattern.Length > MaxLength)
        {
            throw WafErrors.InvalidParameter(field, pattern, WafErrors.Reasons.AboveMaximum);
        }
        if (Unsupported().IsMatch(pattern))
        {
            throw WafErrors.InvalidParameter(field, pattern, WafErrors.Reasons.InvalidFormat);
        }
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            throw WafErrors.InvalidParameter(field, pattern, WafErrors.Reasons.InvalidFormat);
        }
    }

    // Backreferences (\1, \k<name>) and lookahead/lookbehind groups.
    [GeneratedRegex(@"(?<!\\)(\\\\)*(\\[1-9]|\\k<|\(\?<?[=!])")]
    private static partial Regex Unsupported();
}
