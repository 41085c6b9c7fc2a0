using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Rampart.Waf.Gateway;

/// <summary>
/// Appends log records to their files off the request path: requests hand over finished lines, one writer task
/// appends them in order and flushes after each batch. When the writer falls far behind, records are dropped and
/// counted rather than slowing the gateway.
/// </summary>
public sealed class WafLogWriter : IAsyncDisposable
{
    private const int Backlog = 100_000;

    private readonly Channel<Entry> lines = Channel.CreateBounded<Entry>(
        new BoundedChannelOptions(Backlog) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Dictionary<string, FileStream> files = new(StringComparer.Ordinal);
    private readonly ILogger logger;
    private readonly Task writing;
    private long dropped;

    public WafLogWriter(ILogger logger)
    {
        this.logger = logger;
        writing = Task.Run(WriteAsync);
    }

    public void Append(string path, byte[] line)
    {
        if (!lines.Writer.TryWrite(new Entry(path, line, null)))
        {
            Interlocked.Increment(ref dropped);
        }
    }

    /// <summary>Returns once every line appended so far is in its file.</summary>
    public async Task FlushAsync()
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await lines.Writer.WriteAsync(new Entry("", [], flushed));
        await flushed.Task;
    }

    private async Task WriteAsync()
    {
        var reader = lines.Reader;
        while (await reader.WaitToReadAsync())
        {
            var touched = new HashSet<FileStream>();
            var waiting = new List<TaskCompletionSource>();
            while (reader.TryRead(out var entry))
            {
                if (entry.Flushed is { } flushed)
                {
                    waiting.Add(flushed);
                    continue;
                }
                try
                {
                    var file = Open(entry.Path);
                    await file.WriteAsync(entry.Line);
                    touched.Add(file);
                }
                catch (IOException e)
                {
                    logger.LogError("WAF logs: writing {Path} failed: {Message}", entry.Path, e.Message);
                }
            }
            foreach (var file in touched)
            {
                await file.FlushAsync();
            }
            waiting.ForEach(flushed => flushed.SetResult());
            if (Interlocked.Exchange(ref dropped, 0) is var lost and > 0)
            {
                logger.LogWarning("WAF logs: {Count} records dropped because the log files could not keep up.", lost);
            }
        }
    }

    private FileStream Open(string path)
    {
        if (!files.TryGetValue(path, out var file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 64 * 1024, useAsync: true);
            files[path] = file;
        }
        return file;
    }

    /// <summary>A line for a file, or (with <paramref name="Flushed"/>) a request to report when all before it are written.</summary>
    private readonly record struct Entry(string Path, byte[] Line, TaskCompletionSource? Flushed);

    public async ValueTask DisposeAsync()
    {
        lines.Writer.TryComplete();
        await writing;
        foreach (var file in files.Values)
        {
            await file.DisposeAsync();
        }
    }
}
