namespace Rampart.Policy;

/// <summary>The value of one request context key: a single string (numbers and booleans as their text) or a list of
/// strings for multivalued keys such as <c>aws:TagKeys</c>.</summary>
public readonly struct ContextValue
{
    private readonly string? single;
    private readonly string[]? multiple;

    private ContextValue(string? single, string[]? multiple)
    {
        this.single = single;
        this.multiple = multiple;
    }

    public static ContextValue Single(string value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static ContextValue Multiple(IEnumerable<string> values) => new(null, [.. values ?? throw new ArgumentNullException(nameof(values))]);

    public bool IsMultivalued => multiple is not null;

    public int Count => multiple?.Length ?? 1;

    public string this[int index] => multiple is null ? (index == 0 ? single! : throw new ArgumentOutOfRangeException(nameof(index))) : multiple[index];

    /// <summary>The value as one string, or null for a multivalued key (policy variables take only single values).</summary>
    public string? SingleValue => single;

    internal string[]? MultipleValues => multiple;

    public override string ToString() => multiple is null ? single ?? "" : "[" + string.Join(", ", multiple) + "]";
}
