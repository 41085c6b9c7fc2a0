using System.Text.RegularExpressions;
using Rampart.Waf.Engine.Fields;
using Rampart.Waf.Engine.Transformations;

namespace Rampart.Waf.Engine.Statements;

/// <summary>A regex match, or a regex pattern set reference (any of the set's patterns).</summary>
internal sealed class RegexStatement(RequestField field, TransformationChain chain, int chainId, IReadOnlyList<Regex> patterns)
    : FieldStatement(field, chain, chainId)
{
    protected override bool TestTransformed(string value)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                if (pattern.IsMatch(value))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern that needs backtracking and runs past its time budget does not match, as a WAF must
                // never hang on a request.
            }
        }
        return false;
    }
}
