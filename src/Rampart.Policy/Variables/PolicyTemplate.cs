namespace Rampart.Policy;

/// <summary>A Resource or condition value that contains policy variables (<c>${aws:username}</c>,
/// <c>${aws:PrincipalTag/team, 'none'}</c>, <c>${*}</c>, ...). Substituted text is always literal, so a value such as
/// "a*b" never acts as a wildcard.</summary>
internal sealed class PolicyTemplate
{
    private readonly TemplateSegment[] segments;

    private PolicyTemplate(TemplateSegment[] segments)
    {
        this.segments = segments;
    }

    public IEnumerable<ContextKey> Variables
    {
        get
        {
            foreach (var segment in segments)
            {
                if (segment.Variable is not null)
                {
                    yield return segment.Variable;
                }
            }
        }
    }

    /// <summary>A template when the text holds a variable or an escape; null when it is plain text.</summary>
    public static PolicyTemplate? TryParse(string text)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return null;
        }
        var segments = new List<TemplateSegment>();
        var literalStart = 0;
        var position = 0;
        while (true)
        {
            var open = text.IndexOf("${", position, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }
            var close = text.IndexOf('}', open + 2);
            if (close < 0)
            {
                break;
            }
            var segment = ParseVariable(text.AsSpan(open + 2, close - open - 2));
            if (segment is null)
            {
                position = open + 2;
                continue;
            }
            if (open > literalStart)
            {
                segments.Add(TemplateSegment.Literal(text[literalStart..open]));
            }
            segments.Add(segment);
            literalStart = position = close + 1;
        }
        if (literalStart < text.Length)
        {
            segments.Add(TemplateSegment.Literal(text[literalStart..]));
        }
        return segments.Exists(s => s.Text is null) ? new PolicyTemplate([.. segments]) : null;
    }

    private static TemplateSegment? ParseVariable(ReadOnlySpan<char> inner)
    {
        if (inner is "*" or "?" or "$")
        {
            return TemplateSegment.Escape(inner[0]);
        }
        var comma = inner.IndexOf(',');
        var key = (comma < 0 ? inner : inner[..comma]).Trim();
        if (key.IsEmpty || key.IndexOfAny(' ', '$', '{') >= 0)
        {
            return null;
        }
        string? defaultValue = null;
        if (comma >= 0)
        {
            var raw = inner[(comma + 1)..].Trim();
            if (raw.Length < 2 || raw[0] != '\'' || raw[^1] != '\'')
            {
                return null;
            }
            defaultValue = raw[1..^1].ToString();
        }
        return TemplateSegment.Of(new ContextKey(key.ToString()), defaultValue);
    }

    /// <summary>The rendered length, or -1 when a variable has neither a value nor a default.</summary>
    public int Measure(AuthorizationRequest request)
    {
        var length = 0;
        foreach (var segment in segments)
        {
            if (segment.Text is not null)
            {
                length += segment.Text.Length;
            }
            else if (segment.Variable is null)
            {
                length++;
            }
            else if (ContextLookup.TryGetSingle(request, segment.Variable, out var value))
            {
                length += value.Length;
            }
            else if (segment.Default is not null)
            {
                length += segment.Default.Length;
            }
            else
            {
                return -1;
            }
        }
        return length;
    }

    /// <summary>Writes the substituted text into <paramref name="chars"/>, marking substituted characters in
    /// <paramref name="literal"/>. Returns the length written, -1 when a variable has no value, or -2 when the buffers are too small.</summary>
    public int Render(AuthorizationRequest request, Span<char> chars, Span<byte> literal)
    {
        var position = 0;
        foreach (var segment in segments)
        {
            ReadOnlySpan<char> piece;
            byte isLiteral = 1;
            if (segment.Text is not null)
            {
                piece = segment.Text;
                isLiteral = 0;
            }
            else if (segment.Variable is null)
            {
                if (position >= chars.Length)
                {
                    return -2;
                }
                chars[position] = segment.Escaped;
                literal[position++] = 1;
                continue;
            }
            else if (ContextLookup.TryGetSingle(request, segment.Variable, out var value))
            {
                piece = value;
            }
            else if (segment.Default is not null)
            {
                piece = segment.Default;
            }
            else
            {
                return -1;
            }
            if (position + piece.Length > chars.Length)
            {
                return -2;
            }
            piece.CopyTo(chars[position..]);
            literal.Slice(position, piece.Length).Fill(isLiteral);
            position += piece.Length;
        }
        return position;
    }
}
