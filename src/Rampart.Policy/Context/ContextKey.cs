namespace Rampart.Policy;

/// <summary>A context key named by a policy, classified once at compile time so evaluation never compares key names.</summary>
internal sealed class ContextKey(string name)
{
    public string Name { get; } = name;

    public DerivedKey Derived { get; } = DerivedKeys.Classify(name);
}
