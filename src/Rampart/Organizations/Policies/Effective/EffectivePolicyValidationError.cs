namespace Rampart.Organizations.Policies.Effective;

/// <summary>One way an account's effective policy breaks its type's rules, as ListEffectivePolicyValidationErrors
/// reports it.</summary>
/// <param name="PathToError">Where in the effective policy, as the settings' names joined by dots ("tags.costcenter.tag_key").</param>
/// <param name="ContributingPolicies">The policies on the account's path that set something at or below that place.</param>
public sealed record EffectivePolicyValidationError(string ErrorCode, string ErrorMessage, string PathToError, IReadOnlyList<string> ContributingPolicies);
