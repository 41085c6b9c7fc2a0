namespace Rampart.Policy;

/// <summary>Resource or NotResource: case-sensitive patterns with * and ? under the Resource element's ARN part rule
/// (<see cref="ResourceArnWildcard"/>), which may hold policy variables. A pattern whose variable has no value matches
/// nothing.</summary>
internal sealed class ResourceMatcher
{
    private readonly WildcardPattern?[] patterns;
    private readonly PolicyTemplate?[] templates;
    private readonly string?[] boundPatterns;
    private readonly bool negated;

    public ResourceMatcher(IReadOnlyList<string> values, bool negated, bool variablesEnabled)
    {
        this.negated = negated;
        patterns = new WildcardPattern?[values.Count];
        templates = new PolicyTemplate?[values.Count];
        boundPatterns = new string?[values.Count];
        var variables = new List<ContextKey>();
        for (var i = 0; i < values.Count; i++)
        {
            var template = variablesEnabled ? PolicyTemplate.TryParse(values[i]) : null;
            if (template is null)
            {
                patterns[i] = new WildcardPattern(values[i], ignoreCase: false);
                boundPatterns[i] = ResourceArnWildcard.HasBoundWildcard(values[i], default) ? values[i] : null;
            }
            else
            {
                templates[i] = template;
                variables.AddRange(template.Variables);
            }
        }
        VariableKeys = [.. variables];
    }

    public ContextKey[] VariableKeys { get; }

    public bool IsMatch(AuthorizationRequest request)
    {
        for (var i = 0; i < patterns.Length; i++)
        {
            var matched = patterns[i] is { } pattern
                ? pattern.IsMatch(request.Resource) && (boundPatterns[i] is not { } bound || ResourceArnWildcard.IsMatch(bound, default, request.Resource))
                : TemplateMatches(templates[i]!, request);
            if (matched)
            {
                return !negated;
            }
        }
        return negated;
    }

    private static bool TemplateMatches(PolicyTemplate template, AuthorizationRequest request)
    {
        Span<char> chars = stackalloc char[RenderedTemplate.StackSize];
        Span<byte> literal = stackalloc byte[RenderedTemplate.StackSize];
        if (!RenderedTemplate.TryRender(template, request, chars, literal, out var rendered))
        {
            return false;
        }
        using (rendered)
        {
            return Wildcard.IsMatch(rendered.Chars, rendered.Literal, request.Resource, ignoreCase: false)
                && (!ResourceArnWildcard.HasBoundWildcard(rendered.Chars, rendered.Literal)
                    || ResourceArnWildcard.IsMatch(rendered.Chars, rendered.Literal, request.Resource));
        }
    }
}
