using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Rampart.Protocol.Encoders;

/// <summary>Writes response bodies with per-thread writers that are reused from one response to the next:
/// creating an XmlWriter costs more than writing a small response with it. A writer that failed mid-response
/// is dropped rather than reused.</summary>
internal static class ResponseBuffer
{
    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        Indent = false,
        // Each response is one root element written after the previous one; a fragment writer allows that.
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    /// <summary>AWS writes characters such as '+' as they are; the default encoder's \u002B forms made every
    /// base64 blob in a response longer and slower to write.</summary>
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Buffers that grew beyond this for a large response are not kept for the thread's next one.</summary>
    private const int RetainedCapacity = 64 * 1024;

    [ThreadStatic] private static ArrayBufferWriter<byte>? jsonBuffer;
    [ThreadStatic] private static Utf8JsonWriter? jsonWriter;
    [ThreadStatic] private static MemoryStream? xmlStream;
    [ThreadStatic] private static XmlWriter? xmlWriter;

    public static ReadOnlyMemory<byte> Json(Action<Utf8JsonWriter> write)
    {
        var buffer = jsonBuffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = jsonWriter ??= new Utf8JsonWriter(buffer, JsonOptions);
        writer.Reset(buffer);
        try
        {
            write(writer);
            writer.Flush();
        }
        catch
        {
            jsonWriter = null;
            throw;
        }
        var body = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > RetainedCapacity)
        {
            jsonBuffer = null;
            jsonWriter = null;
        }
        return body;
    }

    public static ReadOnlyMemory<byte> Xml(Action<XmlWriter> write)
    {
        var stream = xmlStream ??= new MemoryStream(1024);
        stream.SetLength(0);
        var writer = xmlWriter ??= XmlWriter.Create(stream, XmlSettings);
        try
        {
            write(writer);
            writer.Flush();
        }
        catch
        {
            xmlWriter = null;
            xmlStream = null;
            throw;
        }
        var body = stream.ToArray();
        if (stream.Capacity > RetainedCapacity)
        {
            xmlWriter = null;
            xmlStream = null;
        }
        return body;
    }
}
