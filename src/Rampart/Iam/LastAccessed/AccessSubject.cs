namespace Rampart.Iam.LastAccessed;

/// <summary>What a report is about: the users and roles whose calls count, and the policies that say which
/// services they may use.</summary>
public sealed record AccessSubject(IReadOnlyList<SubjectEntity> Entities, IReadOnlyList<HeldPolicies> Policies);
