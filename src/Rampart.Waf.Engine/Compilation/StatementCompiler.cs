using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Waf.Engine.Addresses;
using Rampart.Waf.Engine.Detection;
using Rampart.Waf.Engine.Statements;

namespace Rampart.Waf.Engine.Compilation;

/// <summary>Compiles nestable statements (everything but rate-based, rule group reference and managed rule group
/// statements, which only a rule's top level takes).</summary>
internal sealed class StatementCompiler(WafReferences references, TransformationCompiler transformations)
{
    // Nesting deeper than this is refused rather than risking the stack on hostile definitions.
    private const int MaxDepth = 20;
    private static readonly TimeSpan RegexBudget = TimeSpan.FromMilliseconds(250);
    private readonly Dictionary<string, IpRangeSet> ipSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Regex> regexes = new(StringComparer.Ordinal);

    public Statement Compile(JsonElement statement, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw Json.Invalid("STATEMENT", "Statement", $"Statements nest at most {MaxDepth} deep");
        }
        var (name, body) = Json.Union(statement, "STATEMENT", "Statement");
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw Json.Invalid("STATEMENT", name, $"{name} must be an object");
        }
        return name switch
        {
            "ByteMatchStatement" => ByteMatch(body),
            "RegexMatchStatement" => RegexMatch(body),
            "RegexPatternSetReferenceStatement" => RegexPatternSet(body),
            "SizeConstraintStatement" => SizeConstraint(body),
            "SqliMatchStatement" => Sqli(body),
            "XssMatchStatement" => Xss(body),
            "IPSetReferenceStatement" => IpSet(body),
            "GeoMatchStatement" => Geo(body),
            "AsnMatchStatement" => Asn(body),
            "LabelMatchStatement" => LabelMatch(body),
            "AndStatement" => new AndStatement(List(body, "AND_STATEMENT", depth)),
            "OrStatement" => new OrStatement(List(body, "OR_STATEMENT", depth)),
            "NotStatement" => new NotStatement(Compile(Json.RequiredObject(body, "Statement", "NOT_STATEMENT"), depth + 1)),
            "RateBasedStatement" or "RuleGroupReferenceStatement" or "ManagedRuleGroupStatement" =>
                throw Json.Invalid("STATEMENT", name, $"{name} can't be nested"),
            _ => throw Json.Invalid("STATEMENT", name, "Unknown statement type"),
        };
    }

    private Statement[] List(JsonElement body, string field, int depth)
    {
        var items = Json.Array(body, "Statements", field, required: true);
        if (items.Count < 2)
        {
            throw Json.Invalid(field, "Statements", "A logical statement needs at least two statements");
        }
        return items.Select(item => Compile(item, depth + 1)).ToArray();
    }

    private Statement ByteMatch(JsonElement body)
    {
        const string field = "BYTE_MATCH_STATEMENT";
        var search = DecodeSearchString(Json.RequiredString(body, "SearchString", field));
        var positionText = Json.RequiredString(body, "PositionalConstraint", field);
        if (!Json.TryEnum<PositionalConstraint>(positionText, out var position))
        {
            throw Json.Invalid(field, positionText, "Unknown PositionalConstraint");
        }
        if (position == PositionalConstraint.CONTAINS_WORD && !search.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw Json.Invalid(field, "SearchString", "CONTAINS_WORD takes only letters, digits and underscores");
        }
        var fieldToMatch = FieldCompiler.Compile(Json.RequiredObject(body, "FieldToMatch", field));
        var (chain, id) = transformations.Compile(body);
        return new ByteMatchStatement(fieldToMatch, chain, id, search, position);
    }

    // SearchString is a blob, so the wire carries it Base64-encoded.
    private static string DecodeSearchString(string encoded)
    {
        var buffer = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, buffer, out var length))
        {
            throw Json.Invalid("BYTE_MATCH_STATEMENT", "SearchString", "SearchString must be Base64-encoded");
        }
        if (length is < 1 or > 200)
        {
            throw Json.Invalid("BYTE_MATCH_STATEMENT", "SearchString", "SearchString must be 1 to 200 bytes");
        }
        return Encoding.Latin1.GetString(buffer, 0, length);
    }

    private Statement RegexMatch(JsonElement body)
    {
        const string field = "STATEMENT";
        var pattern = Json.RequiredString(body, "RegexString", field);
        var regex = CompileRegex(pattern, field);
        var fieldToMatch = FieldCompiler.Compile(Json.RequiredObject(body, "FieldToMatch", field));
        var (chain, id) = transformations.Compile(body);
        return new RegexStatement(fieldToMatch, chain, id, [regex]);
    }

    private Statement RegexPatternSet(JsonElement body)
    {
        const string field = "REGEX_PATTERN_REFERENCE_STATEMENT";
        var arn = Json.RequiredString(body, "ARN", field);
        if (!references.RegexPatternSets.TryGetValue(arn, out var set))
        {
            throw Nonexistent("REGEX_PATTERN_SET", arn);
        }
        set = Json.Unwrap(set, "RegexPatternSet");
        var patterns = new List<Regex>();
        foreach (var entry in Json.Array(set, "RegularExpressionList", "REGEX_PATTERN_SET", required: false))
        {
            patterns.Add(CompileRegex(Json.RequiredString(entry, "RegexString", "REGEX_PATTERN_SET"), "REGEX_PATTERN_SET"));
        }
        var fieldToMatch = FieldCompiler.Compile(Json.RequiredObject(body, "FieldToMatch", field));
        var (chain, id) = transformations.Compile(body);
        return new RegexStatement(fieldToMatch, chain, id, patterns);
    }

    /// <summary>Patterns that are safe to backtrack (<see cref="RegexSafety"/>) are compiled for speed, with a time
    /// budget; the others, and those the non-backtracking engine can run, run in linear time. Patterns only the
    /// backtracking engine supports (lookarounds, backreferences) are compiled with the budget.</summary>
    public Regex CompileRegex(string pattern, string field)
    {
        if (pattern.Length is < 1 or > 512)
        {
            throw Json.Invalid(field, "RegexString", "RegexString must be 1 to 512 characters");
        }
        if (regexes.TryGetValue(pattern, out var cached))
        {
            return cached;
        }
        Regex regex;
        try
        {
            regex = RegexSafety.BacktrackingIsSafe(pattern) ? Backtracking(pattern) : new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException)
        {
            try
            {
                regex = Backtracking(pattern);
            }
            catch (ArgumentException)
            {
                throw Json.Invalid(field, pattern, "The regular expression is not valid");
            }
        }
        catch (ArgumentException)
        {
            throw Json.Invalid(field, pattern, "The regular expression is not valid");
        }
        regexes[pattern] = regex;
        return regex;
    }

    private static Regex Backtracking(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, RegexBudget);
        WarmUp(regex);
        return regex;
    }

    // The first match JIT-compiles a compiled regex; doing it here keeps that cost out of a request's time budget.
    private static void WarmUp(Regex regex)
    {
        try
        {
            regex.IsMatch(string.Empty);
        }
        catch (RegexMatchTimeoutException)
        {
            // Only the compilation mattered.
        }
    }

    private Statement SizeConstraint(JsonElement body)
    {
        const string field = "SIZE_CONSTRAINT_STATEMENT";
        var comparisonText = Json.RequiredString(body, "ComparisonOperator", field);
        if (!Json.TryEnum<ComparisonOperator>(comparisonText, out var comparison))
        {
            throw Json.Invalid(field, comparisonText, "Unknown ComparisonOperator");
        }
        var size = Json.RequiredLong(body, "Size", field);
        if (size is < 0 or > 21474836480)
        {
            throw Json.Invalid(field, "Size", "Size must be 0 to 21474836480");
        }
        var fieldToMatch = FieldCompiler.Compile(Json.RequiredObject(body, "FieldToMatch", field));
        var (chain, id) = transformations.Compile(body);
        return new SizeConstraintStatement(fieldToMatch, chain, id, comparison, size);
    }

    private Statement Sqli(JsonElement body)
    {
        const string field = "SQLI_MATCH_STATEMENT";
        var sensitivity = Json.OptionalString(body, "SensitivityLevel", field) switch
        {
            null or "LOW" => SqlSensitivity.Low,
            "HIGH" => SqlSensitivity.High,
            var other => throw Json.Invalid(field, other, "Unknown SensitivityLevel"),
        };
        var fieldToMatch = FieldCompiler.Compile(Json.RequiredObject(body, "FieldToMatch", field));
        var (chain, id) = transformations.Compile(body);
        return new SqliMatchStatement(fieldToMatch, chain, id, sensitivity);
    }

    private Statement Xss(JsonElement body)
    {
        var fieldToMatch = FieldCompiler.Compile(Json.RequiredObject(body, "FieldToMatch", "XSS_MATCH_STATEMENT"));
        var (chain, id) = transformations.Compile(body);
        return new XssMatchStatement(fieldToMatch, chain, id);
    }

    private Statement IpSet(JsonElement body)
    {
        const string field = "IP_SET_REFERENCE_STATEMENT";
        var arn = Json.RequiredString(body, "ARN", field);
        var set = CompileIpSet(arn);
        if (Json.OptionalObject(body, "IPSetForwardedIPConfig", "IP_SET_FORWARDED_IP_CONFIG") is not { } forwarded)
        {
            return new IpSetStatement(set, null, false, ForwardedPosition.FIRST);
        }
        var header = HeaderName(forwarded, "IP_SET_FORWARDED_IP_CONFIG");
        var fallback = FieldCompiler.Fallback(forwarded, required: true);
        var positionText = Json.RequiredString(forwarded, "Position", "POSITION");
        if (!Json.TryEnum<ForwardedPosition>(positionText, out var position))
        {
            throw Json.Invalid("POSITION", positionText, "Unknown Position");
        }
        return new IpSetStatement(set, header, fallback, position);
    }

    public IpRangeSet CompileIpSet(string arn)
    {
        if (ipSets.TryGetValue(arn, out var cached))
        {
            return cached;
        }
        if (!references.IpSets.TryGetValue(arn, out var element))
        {
            throw Nonexistent("IP_SET", arn);
        }
        element = Json.Unwrap(element, "IPSet");
        var version = Json.OptionalString(element, "IPAddressVersion", "IP_ADDRESS_VERSION");
        var blocks = new List<Cidr>();
        foreach (var address in Json.StringArray(element, "Addresses", "IP_ADDRESS", required: false))
        {
            if (!Cidr.TryParse(address, out var cidr) || version == "IPV4" && !cidr.IsV4 || version == "IPV6" && cidr.IsV4)
            {
                throw Json.Invalid("IP_ADDRESS", address, "Not a valid CIDR block of the IP set's address version");
            }
            blocks.Add(cidr);
        }
        var set = IpRangeSet.Build(blocks);
        ipSets[arn] = set;
        return set;
    }

    public static string HeaderName(JsonElement config, string field)
    {
        var header = Json.RequiredString(config, "HeaderName", field);
        return header.Length is >= 1 and <= 255 && header.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? header
            : throw Json.Invalid("HEADER_NAME", header, "HeaderName must be letters, digits and hyphens");
    }

    public static ForwardedAddress? Forwarded(JsonElement body)
    {
        if (Json.OptionalObject(body, "ForwardedIPConfig", "FORWARDED_IP_CONFIG") is not { } config)
        {
            return null;
        }
        return new ForwardedAddress(HeaderName(config, "FORWARDED_IP_CONFIG"), FieldCompiler.Fallback(config, required: true));
    }

    private static Statement Geo(JsonElement body)
    {
        var codes = Json.StringArray(body, "CountryCodes", "GEO_MATCH_STATEMENT", required: true);
        if (codes.Count == 0 || codes.Any(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper)))
        {
            throw Json.Invalid("GEO_MATCH_STATEMENT", "CountryCodes", "CountryCodes must be two-letter ISO 3166 codes");
        }
        return new GeoMatchStatement(new HashSet<string>(codes, StringComparer.Ordinal), Forwarded(body));
    }

    private static Statement Asn(JsonElement body)
    {
        var items = Json.Array(body, "AsnList", "STATEMENT", required: true);
        var numbers = new HashSet<long>();
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out var n) || n is < 0 or > 4294967295)
            {
                throw Json.Invalid("STATEMENT", "AsnList", "AsnList must hold autonomous system numbers");
            }
            numbers.Add(n);
        }
        if (numbers.Count == 0)
        {
            throw Json.Invalid("STATEMENT", "AsnList", "AsnList must not be empty");
        }
        return new AsnMatchStatement(numbers, Forwarded(body));
    }

    private static Statement LabelMatch(JsonElement body)
    {
        const string field = "LABEL_MATCH_STATEMENT";
        var scope = Json.RequiredString(body, "Scope", field);
        var key = Json.RequiredString(body, "Key", field);
        if (key.Length is < 1 or > 1024 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':'))
        {
            throw Json.Invalid(field, key, "Key must be 1 to 1024 letters, digits, '_', '-' or ':'");
        }
        return scope switch
        {
            "LABEL" => new LabelMatchStatement(false, key),
            "NAMESPACE" => new LabelMatchStatement(true, key),
            _ => throw Json.Invalid(field, scope, "Unknown Scope"),
        };
    }

    public static WafDefinitionException Nonexistent(string field, string arn) =>
        new(WafDefinitionException.NonexistentItem,
            "AWS WAF couldn\u2019t perform the operation because your resource doesn\u2019t exist.", field, arn);
}
