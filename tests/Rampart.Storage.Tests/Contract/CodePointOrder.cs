using System.Text;

namespace Rampart.Storage.Tests.Contract;

/// <summary>The order the store promises for keys: by Unicode code point, which is UTF-8 byte order (not .NET's UTF-16 ordinal order).</summary>
internal sealed class CodePointOrder : IComparer<string>
{
    public static readonly CodePointOrder Instance = new();

    public int Compare(string? x, string? y) => Encoding.UTF8.GetBytes(x!).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y!));
}
