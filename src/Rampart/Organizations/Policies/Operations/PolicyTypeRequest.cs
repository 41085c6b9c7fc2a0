using Rampart.Organizations.Tree;

namespace Rampart.Organizations.Policies.Operations;

/// <summary>The request of EnablePolicyType and DisablePolicyType.</summary>
public sealed record PolicyTypeRequest(string RootId, string PolicyType);

/// <summary>The response of EnablePolicyType and DisablePolicyType: the root with the types now enabled in it.</summary>
public sealed record PolicyTypeResponse(RootOutput Root);
