namespace Rampart.Iam.Simulator;

/// <summary>The model's Position: a place in a policy document, lines and columns from 1.</summary>
public sealed record Position(int Line, int Column);

/// <summary>The model's Statement: a statement that decided a simulation, and where it sits in its policy.</summary>
/// <param name="SourcePolicyType">user, group, role, aws-managed, user-managed, resource or none.</param>
public sealed record SimulatedStatement(string SourcePolicyId, string SourcePolicyType, Position StartPosition, Position EndPosition);

public sealed record PermissionsBoundaryDecisionDetail(bool AllowedByPermissionsBoundary);

public sealed record OrganizationsDecisionDetail(bool AllowedByOrganizations);

/// <summary>The model's ResourceSpecificResult: one resource's part of an action's simulation.</summary>
public sealed record ResourceSpecificResult(
    string EvalResourceName,
    string EvalResourceDecision,
    IReadOnlyList<SimulatedStatement> MatchedStatements,
    IReadOnlyList<string> MissingContextValues,
    IReadOnlyDictionary<string, string>? EvalDecisionDetails,
    PermissionsBoundaryDecisionDetail? PermissionsBoundaryDecisionDetail);

/// <summary>The model's EvaluationResult: one action, decided over every simulated resource (the most restrictive
/// decision wins), with each resource's own result.</summary>
public sealed record EvaluationResult(
    string EvalActionName,
    string EvalResourceName,
    string EvalDecision,
    IReadOnlyList<SimulatedStatement> MatchedStatements,
    IReadOnlyList<string> MissingContextValues,
    OrganizationsDecisionDetail? OrganizationsDecisionDetail,
    PermissionsBoundaryDecisionDetail? PermissionsBoundaryDecisionDetail,
    IReadOnlyDictionary<string, string>? EvalDecisionDetails,
    IReadOnlyList<ResourceSpecificResult> ResourceSpecificResults);

public sealed record SimulatePolicyResponse(IReadOnlyList<EvaluationResult> EvaluationResults, bool IsTruncated, string? Marker);

public sealed record GetContextKeysResponse(IReadOnlyList<string> ContextKeyNames);
