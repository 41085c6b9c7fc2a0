using Rampart.Waf.Engine.Fields;
using Rampart.Waf.Engine.Transformations;

namespace Rampart.Waf.Engine.Statements;

internal enum PositionalConstraint
{
    EXACTLY,
    STARTS_WITH,
    ENDS_WITH,
    CONTAINS,
    CONTAINS_WORD,
}

/// <summary>A string match: the search bytes compared ordinally (case-sensitive; a LOWERCASE transformation makes
/// it insensitive) at the position the constraint names.</summary>
internal sealed class ByteMatchStatement(
    RequestField field,
    TransformationChain chain,
    int chainId,
    string search,
    PositionalConstraint position) : FieldStatement(field, chain, chainId)
{
    protected override bool TestTransformed(string value) => position switch
    {
        PositionalConstraint.EXACTLY => string.Equals(value, search, StringComparison.Ordinal),
        PositionalConstraint.STARTS_WITH => value.StartsWith(search, StringComparison.Ordinal),
        PositionalConstraint.ENDS_WITH => value.EndsWith(search, StringComparison.Ordinal),
        PositionalConstraint.CONTAINS => value.Contains(search, StringComparison.Ordinal),
        _ => ContainsWord(value),
    };

    // The word must stand alone: bounded by the value's ends or by characters other than letters, digits and '_'.
    private bool ContainsWord(string value)
    {
        var from = 0;
        while (from <= value.Length - search.Length)
        {
            var at = value.IndexOf(search, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }
            var end = at + search.Length;
            if ((at == 0 || !IsWordChar(value[at - 1])) && (end == value.Length || !IsWordChar(value[end])))
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
