using System.Text;
using System.Text.RegularExpressions;
using FsCheck.Xunit;

namespace Rampart.Policy.Tests;

// Follows "IAM JSON policy elements: Resource" / "Action": '*' is any run of characters, '?' exactly one; checked
// against a reference translation of the pattern into a regular expression.
[Properties(Arbitrary = [typeof(ScenarioGenerators)], MaxTest = 2000)]
public class WildcardProperties
{
    private static bool Reference(WildcardCase c)
    {
        var regex = new StringBuilder("^");
        foreach (var ch in c.Pattern)
        {
            regex.Append(ch switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(ch.ToString()),
            });
        }
        regex.Append('$');
        var options = RegexOptions.Singleline | RegexOptions.CultureInvariant | (c.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return Regex.IsMatch(c.Input, regex.ToString(), options);
    }

    [Property]
    public bool GlobAgreesWithTheRegularExpression(WildcardCase c) =>
        Wildcard.IsMatch(c.Pattern, default, c.Input, c.IgnoreCase) == Reference(c);

    [Property]
    public bool CompiledPatternAgreesWithTheRegularExpression(WildcardCase c) =>
        new WildcardPattern(c.Pattern, c.IgnoreCase).IsMatch(c.Input) == Reference(c);

    [Property]
    public bool ResourceStatementAgreesWithTheRegularExpression(WildcardCase c)
    {
        var policy = Policies.Compiled(Policies.Allow("s3:GetObject", c.Pattern));
        var allowed = PolicyEvaluator.Evaluate(Policies.Request("s3:GetObject", c.Input, policy)).IsAllowed;
        return allowed == Reference(c with { IgnoreCase = false });
    }
}
