using System.Data.Common;

namespace Rampart.Storage.Sql;

/// <summary>
/// The commands one connection has run, by SQL text. A command keeps its compiled statement for as long as it lives on
/// an open connection, so running the same text again through here skips compiling it: that took more time than
/// running a lookup by key. The same text always comes with the same parameter names. Not for concurrent use: a
/// connection runs one statement at a time anyway.
/// </summary>
/// <param name="connection">The open connection the commands run on.</param>
/// <param name="compile">Whether to compile a command before its first use. SQLite otherwise compiles it again on
/// every execution; on PostgreSQL compiling first costs a round trip.</param>
internal sealed class CompiledCommands(DbConnection connection, bool compile) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/> in <paramref name="transaction"/> with these parameter values.
    /// This cache owns it: callers dispose its reader, never the command.</summary>
    public DbCommand For(DbTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = SqlCommands.Create(connection, transaction, sql, parameters);
            if (compile)
            {
                command.Prepare();
            }
            commands.Add(sql, command);
            return command;
        }
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            SqlCommands.Set(command, name, value);
        }
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }
        commands.Clear();
    }
}
