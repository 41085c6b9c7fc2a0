using System.Data.Common;

namespace Rampart.Storage.Sql;

/// <summary>
/// A connection lent for one read, together with the commands it ran before (<see cref="CompiledCommands"/>): a
/// store that lends the same connections again (SQLite) compiles each distinct statement once per connection instead
/// of once per read. Disposing the session gives it back to its store.
/// </summary>
/// <param name="connection">The open connection the session reads on.</param>
/// <param name="release">What disposing the session does: give it back to its store, or close it.</param>
/// <param name="compile">See <see cref="CompiledCommands"/>; a PostgreSQL session lives for one read.</param>
internal sealed class ReadSession(DbConnection connection, Func<ReadSession, ValueTask> release, bool compile) : IAsyncDisposable
{
    private readonly CompiledCommands commands = new(connection, compile);

    /// <summary>The command for <paramref name="sql"/> with these parameter values; see <see cref="CompiledCommands.For"/>.</summary>
    public DbCommand Command(string sql, params (string Name, object Value)[] parameters) => commands.For(null, sql, parameters);

    public ValueTask DisposeAsync() => release(this);

    /// <summary>Ends the session for good: its commands and its connection.</summary>
    public async ValueTask CloseAsync()
    {
        await commands.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
