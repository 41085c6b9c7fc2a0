namespace Rampart.Policy;

/// <summary>Receives what evaluation observes. The fast path uses a struct that records nothing and lets evaluation stop
/// early; Explain uses one that records every applicable statement and missing key, so both share one decision procedure.</summary>
internal interface IEvaluationSink
{
    /// <summary>True when every statement must be visited (no early exit).</summary>
    bool VisitsAll { get; }

    void Matched(PolicyType type, int level, CompiledPolicy policy, CompiledStatement statement);

    void Missing(string key);
}

internal struct SilentSink : IEvaluationSink
{
    public readonly bool VisitsAll => false;

    public readonly void Matched(PolicyType type, int level, CompiledPolicy policy, CompiledStatement statement)
    {
    }

    public readonly void Missing(string key)
    {
    }
}

internal readonly struct RecordingSink(List<MatchedStatement> matched, List<string> missing) : IEvaluationSink
{
    public bool VisitsAll => true;

    public void Matched(PolicyType type, int level, CompiledPolicy policy, CompiledStatement statement)
    {
        var source = statement.Source;
        matched.Add(new MatchedStatement(type, policy.Name, level, source.Index, source.Sid, source.Effect, source.Span));
    }

    public void Missing(string key)
    {
        foreach (var known in missing)
        {
            if (known.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }
        missing.Add(key);
    }
}
