namespace Rampart.Signing;

/// <summary>The canonical URI line of a canonical request, as the service's clients compute it.</summary>
internal static class CanonicalUri
{
    /// <summary>S3 signs the path exactly as sent; every other service signs it with dot segments and repeated
    /// slashes removed, then percent-encoded a second time (so '%2F' is signed as '%252F').</summary>
    public static void Append(ref CanonicalBuffer output, string rawPath, bool signsPathVerbatim)
    {
        if (rawPath.Length == 0)
        {
            output.Append((byte)'/');
            return;
        }
        if (signsPathVerbatim)
        {
            output.Append(rawPath);
            return;
        }
        AppendNormalized(ref output, rawPath);
    }

    private static void AppendNormalized(ref CanonicalBuffer output, scoped ReadOnlySpan<char> path)
    {
        var segmentCount = path.Count('/') + 1;
        Span<Range> kept = segmentCount <= 64 ? stackalloc Range[segmentCount] : new Range[segmentCount];
        var keptCount = 0;
        foreach (var segment in path.Split('/'))
        {
            var text = path[segment];
            if (text.IsEmpty || text is ".")
            {
                continue;
            }
            if (text is "..")
            {
                if (keptCount > 0)
                {
                    keptCount--;
                }
                continue;
            }
            kept[keptCount++] = segment;
        }

        if (path[0] == '/')
        {
            output.Append((byte)'/');
        }
        for (var i = 0; i < keptCount; i++)
        {
            if (i > 0)
            {
                output.Append((byte)'/');
            }
            PercentEncoding.AppendEncoded(ref output, path[kept[i]], keepSlash: true);
        }
        if (path[^1] == '/' && keptCount > 0)
        {
            output.Append((byte)'/');
        }
    }
}
