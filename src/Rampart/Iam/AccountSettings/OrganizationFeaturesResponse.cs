namespace Rampart.Iam.AccountSettings;

/// <summary>What the centralized root access operations return: the organization and its enabled features.</summary>
public sealed record OrganizationFeaturesResponse(string OrganizationId, IReadOnlyList<string> EnabledFeatures);
