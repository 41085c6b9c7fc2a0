namespace Rampart.Policy.Parsing;

/// <summary>Turns a validated <see cref="DocumentSyntax"/> into the public model, with statement and condition
/// positions in the original text. A document without a Version is recorded as 2008-10-17, as IAM reads it.</summary>
internal static class PolicyModelBuilder
{
    public static PolicyDocument Build(DocumentSyntax syntax, PolicyKind kind, string name, string text, SourceMap map)
    {
        var statements = new List<PolicyStatement>(syntax.Statements.Count);
        foreach (var statement in syntax.Statements)
        {
            statements.Add(BuildStatement(statement, map));
        }

        return new PolicyDocument(name, kind, syntax.Version ?? PolicyVersions.Legacy, syntax.Id, statements, text);
    }

    private static PolicyStatement BuildStatement(StatementSyntax statement, SourceMap map)
    {
        var conditions = new List<ConditionEntry>(statement.Conditions.Count);
        foreach (var condition in statement.Conditions)
        {
            conditions.Add(new ConditionEntry(condition.Operator, condition.Key, condition.Values, map.Span(condition.Start, condition.End)));
        }

        return new PolicyStatement(
            statement.Index,
            statement.Sid,
            statement.Effect == "Allow" ? Effect.Allow : Effect.Deny,
            BuildPrincipal(statement.Principal),
            BuildPrincipal(statement.NotPrincipal),
            statement.Action,
            statement.NotAction,
            statement.Resource,
            statement.NotResource,
            conditions,
            map.Span(statement.Node.Start, statement.Node.End));
    }

    private static PrincipalElement? BuildPrincipal(PrincipalSyntax? principal)
    {
        if (principal is null)
        {
            return null;
        }

        var byType = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (type, values) in principal.ByType)
        {
            byType[type] = values;
        }

        return new PrincipalElement(principal.IsWildcard, byType);
    }
}
