using System.Text;
using Xunit.Abstractions;

namespace Rampart.Waf.Engine.Tests;

/// <summary>
/// Measures the SQL injection and XSS detectors through the whole engine: each corpus line is sent as a query argument
/// (as typed into a URL: characters a URL can't carry raw are percent-encoded, '%', '+' and quotes stay as typed) to a
/// web ACL whose rule inspects all query arguments after URL_DECODE and HTML_ENTITY_DECODE, as AWS's managed rules do.
/// </summary>
public sealed class DetectionRateTests(ITestOutputHelper output)
{
    private static readonly string[] Decode = ["URL_DECODE", "HTML_ENTITY_DECODE"];

    [Fact]
    public void Sql_injection_detection_and_false_positives_at_each_sensitivity()
    {
        var attacks = Corpus("sqli.txt");
        var benign = Corpus("benign.txt");
        foreach (var level in new[] { "LOW", "HIGH" })
        {
            var acl = Waf.CompileOne($$$"""
                {"SqliMatchStatement":{"FieldToMatch":{"AllQueryArguments":{}},"SensitivityLevel":"{{{level}}}","TextTransformations":{{{Waf.Transforms(Decode)}}}}}
                """);
            var (detected, missed) = Measure(acl, attacks);
            var (falsePositives, _) = Measure(acl, benign);
            Report($"SQLi {level}", attacks.Count, detected.Count, missed, benign.Count, falsePositives);
            Assert.True(detected.Count >= attacks.Count * 0.95, $"SQLi {level} detection {detected.Count}/{attacks.Count}");
            Assert.True(falsePositives.Count <= benign.Count * (level == "LOW" ? 0.02 : 0.04), $"SQLi {level} false positives {falsePositives.Count}/{benign.Count}");
        }
    }

    [Fact]
    public void Cross_site_scripting_detection_and_false_positives()
    {
        var attacks = Corpus("xss.txt");
        var benign = Corpus("benign.txt");
        var acl = Waf.CompileOne($$$"""
            {"XssMatchStatement":{"FieldToMatch":{"AllQueryArguments":{}},"TextTransformations":{{{Waf.Transforms(Decode)}}}}}
            """);
        var (detected, missed) = Measure(acl, attacks);
        var (falsePositives, _) = Measure(acl, benign);
        Report("XSS", attacks.Count, detected.Count, missed, benign.Count, falsePositives);
        Assert.True(detected.Count >= attacks.Count * 0.95, $"XSS detection {detected.Count}/{attacks.Count}");
        Assert.True(falsePositives.Count <= benign.Count * 0.02, $"XSS false positives {falsePositives.Count}/{benign.Count}");
    }

    [Fact]
    public void Held_out_sets_that_never_tuned_the_detectors()
    {
        var benign = Corpus("benign-holdout.txt");
        foreach (var (name, file, statement) in new[]
        {
            ("SQLi LOW held out", "sqli-holdout.txt", "SqliMatchStatement"),
            ("XSS held out", "xss-holdout.txt", "XssMatchStatement"),
        })
        {
            var attacks = Corpus(file);
            var acl = Waf.CompileOne($$$"""
                {"{{{statement}}}":{"FieldToMatch":{"AllQueryArguments":{}},"TextTransformations":{{{Waf.Transforms(Decode)}}}}}
                """);
            var (detected, missed) = Measure(acl, attacks);
            var (falsePositives, _) = Measure(acl, benign);
            Report(name, attacks.Count, detected.Count, missed, benign.Count, falsePositives);
            Assert.True(detected.Count >= attacks.Count * 0.85, $"{name} detection {detected.Count}/{attacks.Count}");
            Assert.True(falsePositives.Count <= benign.Count * 0.03, $"{name} false positives {falsePositives.Count}/{benign.Count}");
        }
    }

    /// <summary>The lines the web ACL blocks, and those it lets through.</summary>
    private static (List<string> Blocked, List<string> Passed) Measure(CompiledWebAcl acl, List<string> lines)
    {
        var hits = new List<string>();
        var misses = new List<string>();
        var runtime = new WafRuntime();
        foreach (var line in lines)
        {
            var verdict = acl.Evaluate(Waf.Request(query: "q=" + AsTyped(line)), runtime);
            (verdict.Action == WafAction.Block ? hits : misses).Add(line);
        }
        return (hits, misses);
    }

    private void Report(string what, int attacks, int detected, List<string> missed, int benign, List<string> falsePositives)
    {
        var flagged = falsePositives.Count;
        output.WriteLine($"{what}: detected {detected}/{attacks} = {100.0 * detected / attacks:F1}%, " +
                         $"false positives {flagged}/{benign} = {100.0 * flagged / benign:F1}%");
        foreach (var line in missed)
        {
            output.WriteLine($"  missed: {line}");
        }
        foreach (var line in falsePositives)
        {
            output.WriteLine($"  false positive: {line}");
        }
    }

    internal static List<string> Corpus(string file) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpus", file), Encoding.UTF8)
            .Where(line => line.Length > 0 && !line.StartsWith("## ", StringComparison.Ordinal))
            .ToList();

    /// <summary>A value as a browser's address bar sends it: characters a query can't carry raw are percent-encoded
    /// (UTF-8), everything else, including '%', '+' and quotes, as typed.</summary>
    internal static string AsTyped(string value)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (b < 0x21 || b > 0x7E || c is '"' or '<' or '>' or '#' or '&' or '\\' or '^' or '`' or '{' or '|' or '}')
            {
                builder.Append('%').Append(b.ToString("X2"));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
