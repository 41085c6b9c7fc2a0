using Rampart.Iam.Common;

namespace Rampart.Sts;

/// <summary>Session tags: at most 50, keys unique ignoring case, transitive keys among them; tags passed on from the
/// calling session in a role chain cannot be overridden.</summary>
public static class SessionTags
{
    public sealed record Requested(IReadOnlyDictionary<string, string> Tags, IReadOnlyList<string> TransitiveKeys)
    {
        public int Count => Tags.Count;
    }

    public sealed record Chained(IReadOnlyDictionary<string, string> All, IReadOnlyDictionary<string, string> Transitive);

    public static Requested Check(IReadOnlyList<IamTag>? tags, IReadOnlyList<string>? transitiveKeys)
    {
        var byKey = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags ?? [])
        {
            if (!byKey.TryAdd(tag.Key, tag.Value))
            {
                throw StsErrors.Validation("Duplicate tag keys found. Please note that Tag keys are case insensitive.");
            }
        }
        foreach (var key in transitiveKeys ?? [])
        {
            if (!byKey.ContainsKey(key))
            {
                throw StsErrors.Validation("The specified transitive tag key must be included in the requested tags.");
            }
        }
        return new Requested(byKey, transitiveKeys ?? []);
    }

    public static Chained Chain(IReadOnlyDictionary<string, string>? inherited, IReadOnlyDictionary<string, string> tags, IReadOnlyList<string> transitiveKeys)
    {
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var transitive = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in inherited ?? new Dictionary<string, string>())
        {
            if (tags.ContainsKey(key))
            {
                throw new Protocol.AwsException("InvalidParameterValue", "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.", 400);
            }
            all[key] = value;
            transitive[key] = value;
        }
        foreach (var (key, value) in tags)
        {
            all[key] = value;
        }
        foreach (var key in transitiveKeys)
        {
            transitive[key] = tags[key];
        }
        return new Chained(all, transitive);
    }
}
