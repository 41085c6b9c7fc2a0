using Rampart.Policy;

namespace Rampart.Authorization;

/// <summary>An existing resource as authorization sees it.</summary>
/// <param name="AccountId">The account owning the resource.</param>
public sealed record ResourceFacts(
    string AccountId,
    IReadOnlyDictionary<string, string> Tags,
    ResourceBasedPolicy? Policy);
