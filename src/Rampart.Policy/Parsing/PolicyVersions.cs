namespace Rampart.Policy.Parsing;

/// <summary>The two values of the Version element. A document without one is read as <see cref="Legacy"/>, under
/// which <c>${...}</c> is literal text rather than a policy variable.</summary>
public static class PolicyVersions
{
    public const string Current = "2012-10-17";
    public const string Legacy = "2008-10-17";
}
