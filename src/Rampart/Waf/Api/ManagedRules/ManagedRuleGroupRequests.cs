namespace Rampart.Waf.Api.ManagedRules;

public sealed record ListAvailableManagedRuleGroupsRequest(string Scope, string? NextMarker, int? Limit);

public sealed record ManagedRuleGroupSummary(string VendorName, string Name, bool VersioningSupported, string Description);

public sealed record ListAvailableManagedRuleGroupsResponse(string? NextMarker, IReadOnlyList<ManagedRuleGroupSummary> ManagedRuleGroups);

public sealed record ManagedRuleGroupRequest(string VendorName, string Name, string Scope, string? VersionName, string? NextMarker, int? Limit);

public sealed record ManagedRuleGroupVersion(string Name);

public sealed record ListAvailableManagedRuleGroupVersionsResponse(string? NextMarker, IReadOnlyList<ManagedRuleGroupVersion> Versions, string? CurrentDefaultVersion);

public sealed record RuleSummary(string Name, IReadOnlyDictionary<string, object> Action);

public sealed record LabelSummary(string Name);

public sealed record DescribeManagedRuleGroupResponse(
    string? VersionName, long Capacity, IReadOnlyList<RuleSummary> Rules, string LabelNamespace,
    IReadOnlyList<LabelSummary> AvailableLabels, IReadOnlyList<LabelSummary> ConsumedLabels);

public sealed record ManagedProductsRequest(string? VendorName, string Scope);

public sealed record ManagedProductDescriptor(
    string VendorName, string ManagedRuleSetName, string ProductTitle, string ProductDescription, bool IsVersioningSupported, bool IsAdvancedManagedRuleSet);

public sealed record ManagedProductsResponse(IReadOnlyList<ManagedProductDescriptor> ManagedProducts);
