using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Statements;

/// <summary>
/// Matches labels added by earlier rules. Scope LABEL: the key is the label's name with any number of its trailing
/// namespace components (up to the fully qualified label). Scope NAMESPACE: the key (with or without its trailing
/// colon) is a run of contiguous namespace components of a label.
/// </summary>
internal sealed class LabelMatchStatement(bool namespaceScope, string key) : Statement
{
    private readonly string trimmed = key.TrimEnd(':');

    public override bool Matches(EvaluationContext context)
    {
        foreach (var label in context.Labels)
        {
            if (namespaceScope ? InNamespace(label) : IsLabel(label))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsLabel(string label) =>
        label == key || label.Length > key.Length && label.EndsWith(key, StringComparison.Ordinal) &&
        label[label.Length - key.Length - 1] == ':';

    private bool InNamespace(string label)
    {
        var lastColon = label.LastIndexOf(':');
        if (lastColon <= 0 || trimmed.Length == 0)
        {
            return false;
        }
        var ns = label.AsSpan(0, lastColon);
        var from = 0;
        while (from <= ns.Length - trimmed.Length)
        {
            var at = ns[from..].IndexOf(trimmed, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }
            at += from;
            var end = at + trimmed.Length;
            if ((at == 0 || ns[at - 1] == ':') && (end == ns.Length || ns[end] == ':'))
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }
}
