using System.Text;
using System.Text.RegularExpressions;

namespace Rampart.Protocol.Models;

/// <summary>Turns an AWS model pattern (Java regex, matched against the whole value) into a .NET regex
/// with the same meaning: ASCII-only \w and \d, anchored at both ends, bounded in time.
/// Two CloudTrail patterns spell surrogate pairs as Java does and are not checked.</summary>
internal static class ModelPattern
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    public static Regex? Compile(string pattern)
    {
        try
        {
            // \z, not $: .NET's $ also matches before a final newline, Java's matches() does not.
            return new Regex("^(?:" + ToDotNet(pattern) + ")\\z", RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException)
        {
            // Java-only syntax: the value is not checked against this pattern rather than guessed at.
            return null;
        }
    }

    private static string ToDotNet(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                var expansion = next switch
                {
                    'w' => "a-zA-Z0-9_",
                    'd' => "0-9",
                    _ => null,
                };
                if (expansion is null)
                {
                    result.Append(c).Append(next);
                }
                else
                {
                    result.Append(inClass ? expansion : "[" + expansion + "]");
                }
                i++;
                continue;
            }
            if (c == '[' && !inClass)
            {
                inClass = true;
            }
            else if (c == ']' && inClass)
            {
                inClass = false;
            }
            result.Append(c);
        }
        return result.ToString();
    }
}
