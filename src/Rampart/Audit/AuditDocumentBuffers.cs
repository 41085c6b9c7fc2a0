using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Rampart.Audit;

/// <summary>
/// The UTF-8 documents of queued audit events live in pooled arrays. A document waits in the queue for a few
/// milliseconds, long enough for a collection to find it alive: documents allocated per call were most of what every
/// gen0 collection had to copy, and the copying made its pause, the server's longest waits. Pooled arrays are old and
/// hold no references, so collections pass over them.
/// </summary>
internal static class AuditDocumentBuffers
{
    /// <summary>Larger documents get arrays of their own: they are rare (big policies in request parameters).</summary>
    private const int MaxPooledBytes = 64 * 1024;

    /// <summary>Enough arrays of each size for the audit queue's full capacity.</summary>
    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(MaxPooledBytes, WriteBehindAuditTrail.DefaultCapacity);

    private const int RetainedScratchBytes = 256 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = LoggedRecord.Encoder };

    private static readonly JsonTypeInfo<CloudTrailRecord> RecordJson = LoggedRecord.Stored;

    [ThreadStatic] private static ArrayBufferWriter<byte>? scratch;
    [ThreadStatic] private static Utf8JsonWriter? writer;

    /// <summary>The record as JSON in a pooled array; hand it back with <see cref="Return"/> once it is written.</summary>
    public static ReadOnlyMemory<byte> Serialize(CloudTrailRecord record)
    {
        var buffer = scratch ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var json = writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        json.Reset(buffer);
        try
        {
            JsonSerializer.Serialize(json, record, RecordJson);
            json.Flush();
        }
        catch
        {
            writer = null;
            throw;
        }
        var written = buffer.WrittenSpan;
        var document = Pool.Rent(written.Length);
        written.CopyTo(document);
        if (buffer.Capacity > RetainedScratchBytes)
        {
            scratch = null;
            writer = null;
        }
        return new ReadOnlyMemory<byte>(document, 0, written.Length);
    }

    /// <summary>Hands a document from <see cref="Serialize"/> back to the pool; nothing may read it afterwards.</summary>
    public static void Return(ReadOnlyMemory<byte> document)
    {
        if (MemoryMarshal.TryGetArray(document, out var segment) && segment.Array is { Length: <= MaxPooledBytes } array)
        {
            Pool.Return(array);
        }
    }
}
