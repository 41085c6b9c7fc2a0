namespace Rampart.Policy;

/// <summary>One statement as written. Exactly one of each pair (Principal/NotPrincipal, Action/NotAction,
/// Resource/NotResource) is set where present; lists keep the document's values and order.</summary>
public sealed record PolicyStatement(
    int Index,
    string? Sid,
    Effect Effect,
    PrincipalElement? Principal,
    PrincipalElement? NotPrincipal,
    IReadOnlyList<string>? Action,
    IReadOnlyList<string>? NotAction,
    IReadOnlyList<string>? Resource,
    IReadOnlyList<string>? NotResource,
    IReadOnlyList<ConditionEntry> Condition,
    SourceSpan Span);
