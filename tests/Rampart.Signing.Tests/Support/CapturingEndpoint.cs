using System.Net;
using System.Net.Sockets;
using System.Text;
using Rampart.Protocol;

namespace Rampart.Signing.Tests.Support;

/// <summary>A one-request HTTP/1.1 endpoint on the loopback address: it records the request bytes an SDK sends
/// and answers with a fixed successful response, so the SDK's own signer can be checked against the verifier.</summary>
public sealed class CapturingEndpoint : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _responseContentType;
    private readonly byte[] _responseBody;

    public CapturingEndpoint(string responseContentType, string responseBody)
    {
        _responseContentType = responseContentType;
        _responseBody = Encoding.UTF8.GetBytes(responseBody);
        _listener.Start();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Runs the client call and returns the request it sent.</summary>
    public async Task<WireRequest> CaptureAsync(Func<Task> send)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var capture = ServeOneAsync(timeout.Token);
        await send();
        return await capture;
    }

    public void Dispose() => _listener.Dispose();

    private async Task<WireRequest> ServeOneAsync(CancellationToken ct)
    {
        using var client = await _listener.AcceptTcpClientAsync(ct);
        var stream = client.GetStream();
        var received = new MemoryStream();
        var buffer = new byte[8192];
        int headEnd;
        while ((headEnd = IndexOfHeadEnd(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer, ct);
            if (read == 0)
            {
                throw new IOException("The client closed the connection before sending a whole request head.");
            }
            received.Write(buffer, 0, read);
        }
        var head = Encoding.Latin1.GetString(received.GetBuffer(), 0, headEnd);
        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines[1..])
        {
            var colon = line.IndexOf(':');
            headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
        }
        var contentLength = int.Parse(
            headers.Find(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value ?? "0",
            System.Globalization.CultureInfo.InvariantCulture);
        var bodyStart = headEnd + 4;
        while (received.Length < bodyStart + contentLength)
        {
            var read = await stream.ReadAsync(buffer, ct);
            if (read == 0)
            {
                throw new IOException("The client closed the connection before sending the whole body.");
            }
            received.Write(buffer, 0, read);
        }
        var body = received.GetBuffer().AsSpan(bodyStart, contentLength).ToArray();

        var responseHead = $"HTTP/1.1 200 OK\r\nContent-Type: {_responseContentType}\r\nContent-Length: {_responseBody.Length}\r\n" +
            "x-amzn-RequestId: 00000000-0000-0000-0000-000000000000\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(responseHead), ct);
        await stream.WriteAsync(_responseBody, ct);

        var target = requestLine[1];
        var question = target.IndexOf('?');
        return new WireRequest(requestLine[0], question < 0 ? target : target[..question],
            question < 0 ? "" : target[(question + 1)..], headers, body);
    }

    private static int IndexOfHeadEnd(MemoryStream received) =>
        received.GetBuffer().AsSpan(0, (int)received.Length).IndexOf("\r\n\r\n"u8);
}
