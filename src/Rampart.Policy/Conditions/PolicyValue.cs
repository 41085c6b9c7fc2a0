namespace Rampart.Policy;

/// <summary>A string or ARN condition value: plain text, or a template when it holds policy variables.</summary>
internal sealed record PolicyValue(string Text, PolicyTemplate? Template, WildcardPattern? Pattern)
{
    public static PolicyValue[] CompileAll(IReadOnlyList<string> values, bool variablesEnabled, bool asPattern)
    {
        var compiled = new PolicyValue[values.Count];
        for (var i = 0; i < compiled.Length; i++)
        {
            var text = values[i];
            var template = variablesEnabled ? PolicyTemplate.TryParse(text) : null;
            compiled[i] = new PolicyValue(text, template, asPattern && template is null ? new WildcardPattern(text, ignoreCase: false) : null);
        }
        return compiled;
    }

    public static IEnumerable<ContextKey> VariablesOf(PolicyValue[] values)
    {
        foreach (var value in values)
        {
            if (value.Template is not null)
            {
                foreach (var key in value.Template.Variables)
                {
                    yield return key;
                }
            }
        }
    }
}
