namespace Rampart.Policy;

/// <summary>What one policy type (or one organization level) said about a request.</summary>
internal struct SetOutcome
{
    public bool HasAllow;
    public bool HasDeny;

    /// <summary>The most specific way an applicable Allow named the caller (resource-based policies only care).</summary>
    public PrincipalMatch BestAllow;

    public readonly bool Allows => HasAllow && !HasDeny;
}
