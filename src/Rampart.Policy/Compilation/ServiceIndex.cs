namespace Rampart.Policy;

/// <summary>The statements of a policy grouped by the service prefix of their actions, so a request only visits
/// statements that could match its action. A statement whose service part holds a wildcard, or that uses NotAction,
/// is a candidate for every service. Candidate lists keep document order. Services are looked up lower-case.</summary>
internal sealed class ServiceIndex
{
    private readonly Dictionary<string, CompiledStatement[]> byService;
    private readonly Dictionary<string, CompiledStatement[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly CompiledStatement[] anyService;

    // Most policies name a few services; comparing a handful of names beats hashing the action's service.
    private const int LinearScanLimit = 4;
    private readonly (string Service, CompiledStatement[] Candidates)[] few;

    public ServiceIndex(CompiledStatement[] statements)
    {
        var services = new HashSet<string>(StringComparer.Ordinal);
        var anyList = new List<CompiledStatement>();
        foreach (var statement in statements)
        {
            if (statement.Services is null)
            {
                anyList.Add(statement);
            }
            else
            {
                services.UnionWith(statement.Services);
            }
        }
        anyService = [.. anyList];
        byService = new Dictionary<string, CompiledStatement[]>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            var candidates = new List<CompiledStatement>();
            foreach (var statement in statements)
            {
                if (statement.Services is null || statement.Services.Contains(service))
                {
                    candidates.Add(statement);
                }
            }
            byService[service] = [.. candidates];
        }
        lookup = byService.GetAlternateLookup<ReadOnlySpan<char>>();
        few = byService.Count <= LinearScanLimit ? [.. byService.Select(entry => (entry.Key, entry.Value))] : [];
    }

    /// <summary>The service prefix of an action ("s3" of "s3:GetObject"); the whole text when it has no colon.</summary>
    public static ReadOnlySpan<char> ServiceOf(ReadOnlySpan<char> action)
    {
        var colon = action.IndexOf(':');
        return colon < 0 ? action : action[..colon];
    }

    public CompiledStatement[] CandidatesFor(ReadOnlySpan<char> service)
    {
        if (byService.Count > LinearScanLimit)
        {
            return lookup.TryGetValue(service, out var candidates) ? candidates : anyService;
        }
        foreach (var (name, candidates) in few)
        {
            if (service.SequenceEqual(name))
            {
                return candidates;
            }
        }
        return anyService;
    }
}
