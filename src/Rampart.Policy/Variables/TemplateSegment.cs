namespace Rampart.Policy;

/// <summary>One piece of a policy value: policy text (its wildcards stay wildcards), an escaped character from
/// <c>${*}</c>, <c>${?}</c> or <c>${$}</c>, or a variable with an optional default.</summary>
internal sealed record TemplateSegment(string? Text, char Escaped, ContextKey? Variable, string? Default)
{
    public static TemplateSegment Literal(string text) => new(text, '\0', null, null);

    public static TemplateSegment Escape(char escaped) => new(null, escaped, null, null);

    public static TemplateSegment Of(ContextKey variable, string? defaultValue) => new(null, '\0', variable, defaultValue);
}
