namespace Rampart.Policy.Parsing;

/// <summary>A document whose JSON has the policy grammar's shape, before any rule about values or kinds is checked.</summary>
internal sealed record DocumentSyntax(string? Version, string? Id, IReadOnlyList<StatementSyntax> Statements);

/// <summary>One statement with its elements in their grammatical shape: string-or-list elements as lists,
/// the effect as written.</summary>
internal sealed record StatementSyntax(
    int Index,
    JsonObjectNode Node,
    string? Sid,
    string Effect,
    PrincipalSyntax? Principal,
    PrincipalSyntax? NotPrincipal,
    IReadOnlyList<string>? Action,
    IReadOnlyList<string>? NotAction,
    IReadOnlyList<string>? Resource,
    IReadOnlyList<string>? NotResource,
    IReadOnlyList<ConditionSyntax> Conditions);

/// <summary>A Principal or NotPrincipal element: <c>"*"</c>, or principal type to its values, in document order.</summary>
internal sealed record PrincipalSyntax(bool IsWildcard, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> ByType);

/// <summary>One operator/key pair of a Condition block; <see cref="Start"/>/<see cref="End"/> are the key's and value's byte range.</summary>
internal sealed record ConditionSyntax(string Operator, string Key, IReadOnlyList<string> Values, int Start, int End);
