using System.Buffers;

namespace Rampart.Signing;

/// <summary>The canonical query string: every parameter decoded and re-encoded per RFC 3986, sorted by encoded
/// name and then by encoded value, joined with '&amp;'.</summary>
internal static class CanonicalQuery
{
    public static void Append(ref CanonicalBuffer output, string rawQuery, bool excludeSignature)
    {
        if (rawQuery.Length == 0)
        {
            return;
        }
        var query = rawQuery.AsSpan();
        var maxParameters = query.Count('&') + 1;
        var parameters = ArrayPool<EncodedParameter>.Shared.Rent(maxParameters);
        var encoded = new CanonicalBuffer(rawQuery.Length * 2 + 16);
        try
        {
            var count = 0;
            foreach (var part in query.Split('&'))
            {
                var pair = query[part];
                if (pair.IsEmpty)
                {
                    continue;
                }
                var equals = pair.IndexOf('=');
                var rawName = equals < 0 ? pair : pair[..equals];
                ReadOnlySpan<char> rawValue = equals < 0 ? [] : pair[(equals + 1)..];
                if (excludeSignature && IsSignatureParameter(rawName))
                {
                    continue;
                }
                var nameStart = encoded.Length;
                PercentEncoding.AppendRecoded(ref encoded, rawName);
                var valueStart = encoded.Length;
                PercentEncoding.AppendRecoded(ref encoded, rawValue);
                parameters[count++] = new EncodedParameter(nameStart, valueStart - nameStart, valueStart, encoded.Length - valueStart);
            }

            var sorted = parameters.AsSpan(0, count);
            sorted.Sort(new EncodedParameterOrder(encoded.Array));
            var bytes = encoded.Array;
            for (var i = 0; i < sorted.Length; i++)
            {
                if (i > 0)
                {
                    output.Append((byte)'&');
                }
                output.Append(sorted[i].Name(bytes));
                output.Append((byte)'=');
                output.Append(sorted[i].Value(bytes));
            }
        }
        finally
        {
            encoded.Dispose();
            ArrayPool<EncodedParameter>.Shared.Return(parameters);
        }
    }

    private static bool IsSignatureParameter(ReadOnlySpan<char> rawName) =>
        rawName.SequenceEqual(PresignedParameters.SignatureName)
        || (rawName.Contains('%') && PercentEncoding.Decode(rawName) == PresignedParameters.SignatureName);

    private readonly record struct EncodedParameter(int NameStart, int NameLength, int ValueStart, int ValueLength)
    {
        public ReadOnlySpan<byte> Name(byte[] bytes) => bytes.AsSpan(NameStart, NameLength);

        public ReadOnlySpan<byte> Value(byte[] bytes) => bytes.AsSpan(ValueStart, ValueLength);
    }

    private readonly struct EncodedParameterOrder(byte[] bytes) : IComparer<EncodedParameter>
    {
        public int Compare(EncodedParameter x, EncodedParameter y)
        {
            var byName = x.Name(bytes).SequenceCompareTo(y.Name(bytes));
            return byName != 0 ? byName : x.Value(bytes).SequenceCompareTo(y.Value(bytes));
        }
    }
}
