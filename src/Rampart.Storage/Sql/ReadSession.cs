using System.Data.Common;

namespace Rampart.Storage.Sql;

/// <summary>
/// A connection lent for one read, together with the commands it ran before. A command keeps its compiled
/// statement for as long as it lives on an open connection, so a store that lends the same connections again (SQLite)
/// compiles each distinct statement once per connection instead of once per read: compiling took more time than
/// running a lookup by key. Disposing the session gives it back to its store.
/// </summary>
/// <param name="connection">The open connection the session reads on.</param>
/// <param name="release">What disposing the session does: give it back to its store, or close it.</param>
/// <param name="compile">Whether to compile a command before its first use. SQLite otherwise compiles it again on
/// every execution; a PostgreSQL session lives for one read, where compiling first would cost a round trip.</param>
internal sealed class ReadSession(DbConnection connection, Func<ReadSession, ValueTask> release, bool compile) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/> with these parameter values. The session owns it: callers
    /// dispose its reader, never the command. The same text always comes with the same parameter names.</summary>
    public DbCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = SqlCommands.Create(connection, null, sql, parameters);
            if (compile)
            {
                command.Prepare();
            }
            commands.Add(sql, command);
            return command;
        }
        foreach (var (name, value) in parameters)
        {
            SqlCommands.Set(command, name, value);
        }
        return command;
    }

    public ValueTask DisposeAsync() => release(this);

    /// <summary>Ends the session for good: its commands and its connection.</summary>
    public async ValueTask CloseAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }
        commands.Clear();
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
