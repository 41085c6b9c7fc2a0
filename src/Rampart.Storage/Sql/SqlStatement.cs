namespace Rampart.Storage.Sql;

/// <summary>One parameterized statement whose result, if any, is a single integer in its first row and column.</summary>
internal sealed record SqlStatement(string Sql, params (string Name, object Value)[] Parameters);
