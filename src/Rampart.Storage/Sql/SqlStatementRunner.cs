using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Rampart.Storage.Sql;

/// <summary>
/// Runs a list of statements in order inside a transaction and returns each one's scalar result (null when it
/// returned no row). Where the provider supports batching (Npgsql) all statements travel in one round trip;
/// otherwise (SQLite, in-process) they run one by one, each distinct SQL text compiled once per connection.
/// </summary>
internal static class SqlStatementRunner
{
    /// <summary>The commands each connection that runs statements one by one (SQLite's single writer) has compiled,
    /// kept while the connection lives: the audit trail's two statements were otherwise compiled for every batch.
    /// The connection runs one transaction at a time, so its commands are never used concurrently.</summary>
    private static readonly ConditionalWeakTable<DbConnection, CompiledCommands> Compiled = [];

    public static async ValueTask<long?[]> RunAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
        {
            return [];
        }

        return connection.CanCreateBatch
            ? await RunBatchedAsync(connection, transaction, statements, cancellationToken).ConfigureAwait(false)
            : await RunOneByOneAsync(connection, transaction, statements, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<long?[]> RunBatchedAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var statement in statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = statement.Sql;
            foreach (var (name, value) in statement.Parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            batch.BatchCommands.Add(command);
        }

        var results = new long?[statements.Count];
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        for (var index = 0; index < statements.Count; index++)
        {
            if (index > 0 && !await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            if (reader.FieldCount > 0 && await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && !reader.IsDBNull(0))
            {
                results[index] = Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return results;
    }

    private static async ValueTask<long?[]> RunOneByOneAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken)
    {
        var commands = Compiled.GetValue(connection, compiledOn => new CompiledCommands(compiledOn, compile: true));
        var results = new long?[statements.Count];
        for (var index = 0; index < statements.Count; index++)
        {
            var statement = statements[index];
            var command = commands.For(transaction, statement.Sql, statement.Parameters);
            results[index] = await SqlCommands.ScalarInt64Async(command, cancellationToken).ConfigureAwait(false);
        }

        return results;
    }
}
