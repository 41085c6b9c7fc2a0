using Microsoft.Data.Sqlite;
using Rampart.Storage.Events;
using Rampart.Storage.Sql;
using SQLitePCL;

namespace Rampart.Storage.Sqlite;

/// <summary>
/// Inserts event rows on the writer connection through SQLite's own API, one statement compiled once and bound
/// straight from each entry's strings and document. Through Microsoft.Data.Sqlite every string parameter became a
/// new UTF-8 array and every value went through a binder chosen by its runtime type: about a third of the writer's
/// managed time went to binding. Not for concurrent use; the writer runs one transaction at a time.
/// </summary>
/// <param name="connection">The store's writer connection; the rows go into whatever transaction it has open.</param>
/// <param name="sql">The insert, with parameters @p, @id, @t, @doc and one per column of <see cref="EventColumns.All"/>.</param>
/// <param name="columnParameters">The column parameters' names, in the order of <see cref="EventColumns.All"/>.</param>
internal sealed class SqliteEventRows(SqliteConnection connection, string sql, IReadOnlyList<string> columnParameters) : IDisposable
{
    private sqlite3_stmt? statement;
    private int partition;
    private int eventId;
    private int eventTime;
    private int document;
    private int[] columns = [];

    /// <summary>Inserts the entry's row, with its column values from <see cref="EventColumns.ValuesOf"/> (a string or
    /// <see cref="DBNull"/> each), into the writer's open transaction; nothing when its ID is already logged.</summary>
    public void Insert(EventEntry entry, object[] values)
    {
        var insert = statement ?? Prepare();
        try
        {
            Check(raw.sqlite3_bind_text16(insert, partition, entry.Partition));
            Check(raw.sqlite3_bind_text16(insert, eventId, entry.EventId));
            Check(raw.sqlite3_bind_int64(insert, eventTime, entry.EventTime.ToUnixTimeMilliseconds()));
            Check(raw.sqlite3_bind_blob(insert, document, entry.Utf8Json.Span));
            for (var column = 0; column < columns.Length; column++)
            {
                Check(values[column] is string value
                    ? raw.sqlite3_bind_text16(insert, columns[column], value)
                    : raw.sqlite3_bind_null(insert, columns[column]));
            }
            var done = raw.sqlite3_step(insert);
            if (done != raw.SQLITE_DONE)
            {
                Check(done);
            }
        }
        finally
        {
            raw.sqlite3_reset(insert);
        }
    }

    /// <summary>Finalizes the statement; call before the connection closes, which SQLite defers while one is open.</summary>
    public void Dispose()
    {
        statement?.Dispose();
        statement = null;
    }

    private sqlite3_stmt Prepare()
    {
        Check(raw.sqlite3_prepare_v3(connection.Handle, sql, raw.SQLITE_PREPARE_PERSISTENT, out var prepared));
        statement = prepared;
        partition = IndexOf("@p");
        eventId = IndexOf("@id");
        eventTime = IndexOf("@t");
        document = IndexOf("@doc");
        columns = [.. columnParameters.Select(IndexOf)];
        return prepared;
    }

    private int IndexOf(string parameter) => raw.sqlite3_bind_parameter_index(statement, parameter) is > 0 and var index
        ? index
        : throw new InvalidOperationException($"The event insert has no parameter {parameter}.");

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, connection.Handle);
        }
    }
}
