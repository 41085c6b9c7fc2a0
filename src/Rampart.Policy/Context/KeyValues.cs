namespace Rampart.Policy;

/// <summary>The values a request has for one key, read without copying: either one span or a multivalued list.</summary>
internal readonly ref struct KeyValues
{
    private readonly ReadOnlySpan<char> single;
    private readonly string[]? multiple;

    public KeyValues(ReadOnlySpan<char> single)
    {
        this.single = single;
        multiple = null;
    }

    public KeyValues(string[] multiple)
    {
        single = default;
        this.multiple = multiple;
    }

    public bool IsMultivalued => multiple is not null;

    public int Count => multiple?.Length ?? 1;

    public ReadOnlySpan<char> this[int index] => multiple is null ? single : multiple[index];
}
