using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Rampart.Protocol.Encoders;

/// <summary>Creates the writers responses are written with and hands back their bytes.</summary>
internal static class ResponseBuffer
{
    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        Indent = false,
    };

    public static ReadOnlyMemory<byte> Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return buffer.WrittenMemory;
    }

    public static ReadOnlyMemory<byte> Xml(Action<XmlWriter> write)
    {
        var stream = new MemoryStream(512);
        using (var writer = XmlWriter.Create(stream, XmlSettings))
        {
            write(writer);
        }
        return new ReadOnlyMemory<byte>(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
