using Rampart.Policy;

namespace Rampart.Authorization;

/// <summary>An existing resource as authorization sees it.</summary>
/// <param name="AccountId">The account owning the resource.</param>
public sealed record ResourceFacts(
    string AccountId,
    IReadOnlyDictionary<string, string> Tags,
    ResourceBasedPolicy? Policy)
{
    private static readonly IReadOnlyDictionary<string, ContextValue> NoKeys = new Dictionary<string, ContextValue>();

    /// <summary>Condition keys that describe the resource itself (KMS's kms:KeySpec, kms:KeyUsage, ...).</summary>
    public IReadOnlyDictionary<string, ContextValue> ConditionKeys { get; init; } = NoKeys;
}
