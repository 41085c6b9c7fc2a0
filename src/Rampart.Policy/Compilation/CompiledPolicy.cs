namespace Rampart.Policy;

/// <summary>A policy document prepared for evaluation: matchers, parsed condition values and variable templates are
/// built once here, so evaluating never parses anything. Immutable and safe to share across threads.</summary>
public sealed class CompiledPolicy
{
    /// <summary>The version under which policy variables are literal text.</summary>
    public const string LegacyVersion = "2008-10-17";

    private CompiledPolicy(PolicyDocument document, CompiledStatement[] statements)
    {
        Document = document;
        Index = new ServiceIndex(statements);
        var keys = new List<string>();
        foreach (var statement in statements)
        {
            foreach (var key in statement.ReferencedKeys)
            {
                if (!keys.Exists(known => known.Equals(key, StringComparison.OrdinalIgnoreCase)))
                {
                    keys.Add(key);
                }
            }
        }
        ReferencedContextKeys = keys;
    }

    public PolicyDocument Document { get; }

    public string Name => Document.Name;

    public PolicyKind Kind => Document.Kind;

    /// <summary>Every context key the policy's conditions and variables name, first spelling kept.</summary>
    public IReadOnlyList<string> ReferencedContextKeys { get; }

    internal ServiceIndex Index { get; }

    public static CompiledPolicy Compile(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var variablesEnabled = document.Version != LegacyVersion;
        var statements = new CompiledStatement[document.Statements.Count];
        for (var i = 0; i < statements.Length; i++)
        {
            statements[i] = new CompiledStatement(document.Statements[i], variablesEnabled);
        }
        return new CompiledPolicy(document, statements);
    }

    public override string ToString() => Name;
}
