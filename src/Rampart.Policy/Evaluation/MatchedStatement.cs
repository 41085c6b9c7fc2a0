namespace Rampart.Policy;

/// <summary>A statement that applied to the request (its action, resource, principal and conditions all matched).</summary>
/// <param name="Level">For SCPs and RCPs, the organization level (0 = root); otherwise 0.</param>
public sealed record MatchedStatement(PolicyType PolicyType, string PolicyName, int Level, int StatementIndex, string? Sid, Effect Effect, SourceSpan Span);
