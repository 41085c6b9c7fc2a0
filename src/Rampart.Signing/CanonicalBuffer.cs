using System.Buffers;
using System.Text;

namespace Rampart.Signing;

/// <summary>A growable UTF-8 byte buffer rented from the shared pool, so building a canonical request allocates nothing.</summary>
internal ref struct CanonicalBuffer
{
    private byte[] _array;
    private int _length;

    public CanonicalBuffer(int capacity)
    {
        _array = ArrayPool<byte>.Shared.Rent(capacity);
        _length = 0;
    }

    public readonly ReadOnlySpan<byte> Written => _array.AsSpan(0, _length);

    /// <summary>The backing array, for comparers that need the written bytes by offset.</summary>
    public readonly byte[] Array => _array;

    public readonly int Length => _length;

    public void Append(byte value)
    {
        if (_length == _array.Length)
        {
            Grow(1);
        }
        _array[_length++] = value;
    }

    public void Append(scoped ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _array.Length)
        {
            Grow(bytes.Length);
        }
        bytes.CopyTo(_array.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Appends text as UTF-8.</summary>
    public void Append(scoped ReadOnlySpan<char> text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_length + max > _array.Length)
        {
            Grow(max);
        }
        _length += Encoding.UTF8.GetBytes(text, _array.AsSpan(_length));
    }

    /// <summary>Appends ASCII text with letters lowered; other characters as UTF-8.</summary>
    public void AppendLowercase(scoped ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                Append((byte)char.ToLowerInvariant(c));
            }
            else
            {
                Append(new ReadOnlySpan<char>(in c));
            }
        }
    }

    /// <summary>Appends ASCII text with letters raised; other characters as UTF-8.</summary>
    public void AppendUppercase(scoped ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                Append((byte)char.ToUpperInvariant(c));
            }
            else
            {
                Append(new ReadOnlySpan<char>(in c));
            }
        }
    }

    /// <summary>Appends bytes as lower-case hex digits.</summary>
    public void AppendHexLower(scoped ReadOnlySpan<byte> bytes)
    {
        var needed = bytes.Length * 2;
        if (_length + needed > _array.Length)
        {
            Grow(needed);
        }
        Convert.TryToHexStringLower(bytes, _array.AsSpan(_length, needed), out var written);
        _length += written;
    }

    /// <summary>Forgets what was written, keeping the rented array for the next text.</summary>
    public void Clear() => _length = 0;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
        _length = 0;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _length + needed));
        _array.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }
}
