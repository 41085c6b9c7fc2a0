namespace Rampart.Waf.Engine.Transformations;

internal static class PathNormalizer
{
    /// <summary>Repeated slashes collapsed, "." segments dropped and ".." segments resolved against the previous
    /// segment; a ".." with nothing before it stays, as AWS keeps back-references at the beginning of the input.
    /// The Windows variant first turns backslashes into slashes.</summary>
    public static string Normalize(string input, bool windows)
    {
        if (windows)
        {
            input = input.Replace('\\', '/');
        }
        if (input.IndexOf('/') < 0 && input != "." && input != "..")
        {
            return input;
        }
        var absolute = input.StartsWith('/');
        var trailing = input.EndsWith('/') || input.EndsWith("/.") || input.EndsWith("/..");
        var kept = new List<string>();
        foreach (var segment in input.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }
            if (segment == ".." && kept.Count > 0 && kept[^1] != "..")
            {
                kept.RemoveAt(kept.Count - 1);
                continue;
            }
            kept.Add(segment);
        }
        var joined = string.Join('/', kept);
        if (absolute)
        {
            joined = "/" + joined;
        }
        if (trailing && kept.Count > 0)
        {
            joined += "/";
        }
        return joined;
    }
}
