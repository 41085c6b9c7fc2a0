using System.Buffers;

namespace Rampart.Policy;

/// <summary>A template rendered into caller-provided stack space, falling back to pooled arrays for long values.
/// Dispose returns any pooled arrays.</summary>
internal ref struct RenderedTemplate
{
    public const int StackSize = 256;

    private char[]? rentedChars;
    private byte[]? rentedLiteral;

    public ReadOnlySpan<char> Chars { get; private set; }

    public ReadOnlySpan<byte> Literal { get; private set; }

    /// <summary>False when a variable has no value: the policy value then matches nothing.</summary>
    public static bool TryRender(PolicyTemplate template, AuthorizationRequest request, Span<char> chars, Span<byte> literal, out RenderedTemplate rendered)
    {
        rendered = default;
        var length = template.Render(request, chars, literal);
        if (length == -2)
        {
            var needed = template.Measure(request);
            if (needed < 0)
            {
                return false;
            }
            rendered.rentedChars = ArrayPool<char>.Shared.Rent(needed);
            rendered.rentedLiteral = ArrayPool<byte>.Shared.Rent(needed);
            chars = rendered.rentedChars;
            literal = rendered.rentedLiteral;
            length = template.Render(request, chars, literal);
        }
        if (length < 0)
        {
            rendered.Dispose();
            return false;
        }
        rendered.Chars = chars[..length];
        rendered.Literal = literal[..length];
        return true;
    }

    public void Dispose()
    {
        if (rentedChars is not null)
        {
            ArrayPool<char>.Shared.Return(rentedChars);
            ArrayPool<byte>.Shared.Return(rentedLiteral!);
            rentedChars = null;
            rentedLiteral = null;
        }
    }
}
