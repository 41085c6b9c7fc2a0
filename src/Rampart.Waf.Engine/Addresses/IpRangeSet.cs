using System.Net;
using System.Net.Sockets;

namespace Rampart.Waf.Engine.Addresses;

/// <summary>
/// An IP set's CIDR blocks as merged, sorted ranges, one array per family, searched by binary search: O(log n) per
/// lookup, no allocation.
/// </summary>
internal sealed class IpRangeSet
{
    private readonly uint[] v4Starts;
    private readonly uint[] v4Ends;
    private readonly UInt128[] v6Starts;
    private readonly UInt128[] v6Ends;

    private IpRangeSet(uint[] v4Starts, uint[] v4Ends, UInt128[] v6Starts, UInt128[] v6Ends)
    {
        this.v4Starts = v4Starts;
        this.v4Ends = v4Ends;
        this.v6Starts = v6Starts;
        this.v6Ends = v6Ends;
    }

    public static IpRangeSet Build(IEnumerable<Cidr> blocks)
    {
        var v4 = new List<(uint Start, uint End)>();
        var v6 = new List<(UInt128 Start, UInt128 End)>();
        foreach (var block in blocks)
        {
            if (block.IsV4)
            {
                var bits = 32 - block.PrefixLength;
                var mask = bits == 32 ? 0u : uint.MaxValue << bits;
                var start = (uint)block.Start & mask;
                v4.Add((start, start | ~mask));
            }
            else
            {
                var bits = 128 - block.PrefixLength;
                var mask = bits == 128 ? UInt128.Zero : UInt128.MaxValue << bits;
                var start = block.Start & mask;
                v6.Add((start, start | ~mask));
            }
        }
        var (s4, e4) = Merge(v4);
        var (s6, e6) = Merge(v6);
        return new IpRangeSet(s4, e4, s6, e6);
    }

    public bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> bytes = stackalloc byte[4];
            address.TryWriteBytes(bytes, out _);
            return Find(v4Starts, v4Ends, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes));
        }
        Span<byte> wide = stackalloc byte[16];
        address.TryWriteBytes(wide, out _);
        return Find(v6Starts, v6Ends, System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(wide));
    }

    private static bool Find<T>(T[] starts, T[] ends, T value) where T : IComparable<T>
    {
        var low = 0;
        var high = starts.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (starts[mid].CompareTo(value) <= 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return high >= 0 && value.CompareTo(ends[high]) <= 0;
    }

    private static (T[] Starts, T[] Ends) Merge<T>(List<(T Start, T End)> ranges) where T : IComparable<T>
    {
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var starts = new List<T>(ranges.Count);
        var ends = new List<T>(ranges.Count);
        foreach (var (start, end) in ranges)
        {
            if (ends.Count > 0 && start.CompareTo(ends[^1]) <= 0)
            {
                if (end.CompareTo(ends[^1]) > 0)
                {
                    ends[^1] = end;
                }
                continue;
            }
            starts.Add(start);
            ends.Add(end);
        }
        return (starts.ToArray(), ends.ToArray());
    }
}
