using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rampart.Protocol;

namespace Rampart.Signing.Tests.Support;

/// <summary>What to ask botocore to sign. Either Url, or Endpoint with raw path segments and query pairs that
/// botocore percent-encodes itself.</summary>
public sealed record SigningSpec
{
    public string Method { get; init; } = "GET";
    public string? Url { get; init; }
    public string Endpoint { get; init; } = "http://127.0.0.1:4580";
    public IReadOnlyList<string>? PathSegments { get; init; }
    public IReadOnlyList<string[]>? QueryPairs { get; init; }
    public IReadOnlyList<string[]> Headers { get; init; } = [];
    public byte[] Body { get; init; } = [];
    public string Service { get; init; } = "sts";
    public string Region { get; init; } = "us-east-1";
    public string AccessKeyId { get; init; } = TestKeys.AccessKeyId;
    public string Secret { get; init; } = TestKeys.Secret;
    public string? Token { get; init; }
    public DateTimeOffset Time { get; init; } = TestKeys.SigningTime;

    /// <summary>Set to presign with SigV4QueryAuth for this many seconds; null signs the Authorization header.</summary>
    public int? PresignExpires { get; init; }

    /// <summary>Sign with botocore's S3 signers (path as sent, x-amz-content-sha256) instead of the generic ones.</summary>
    public bool S3Signer { get; init; }
}

/// <summary>botocore's SigV4Auth and SigV4QueryAuth, driven through one long-lived python3 process.</summary>
public static class BotocoreSigner
{
    private const string InstallHint =
        "These tests sign requests with botocore, the AWS SDK for Python. Install it with " +
        "`apt-get install -y python3 python3-pip && pip install botocore` (or `pip install awscli`, which brings it).";

    private static readonly Lock Gate = new();
    private static Process? worker;

    public static WireRequest Sign(SigningSpec spec)
    {
        var line = JsonSerializer.Serialize(new WorkerRequest(spec));
        string? answer;
        lock (Gate)
        {
            var process = worker ??= Start();
            process.StandardInput.WriteLine(line);
            process.StandardInput.Flush();
            answer = process.StandardOutput.ReadLine();
            if (answer is null)
            {
                var error = process.StandardError.ReadToEnd();
                worker = null;
                throw new InvalidOperationException($"The botocore signer exited: {error}\n{InstallHint}");
            }
        }
        var signed = JsonSerializer.Deserialize<WorkerAnswer>(answer)
            ?? throw new InvalidOperationException($"The botocore signer answered nothing readable: {answer}");
        if (signed.Error is not null)
        {
            throw new InvalidOperationException($"botocore could not sign the request: {signed.Error}");
        }
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var pair in signed.Headers!)
        {
            headers.Add(new(pair[0], pair[1]));
        }
        return new WireRequest(signed.Method!, signed.Path!, signed.Query!, headers, Convert.FromBase64String(signed.BodyBase64!));
    }

    private static Process Start()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Support", "botocore_signer.py");
        var start = new ProcessStartInfo("python3", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"python3 did not start. {InstallHint}");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"python3 is not installed ({error.Message}). {InstallHint}", error);
        }
        return process;
    }

    private sealed record WorkerRequest(
        [property: JsonPropertyName("method")] string Method,
        [property: JsonPropertyName("url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url,
        [property: JsonPropertyName("endpoint")] string Endpoint,
        [property: JsonPropertyName("path_segments"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? PathSegments,
        [property: JsonPropertyName("query_pairs"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string[]>? QueryPairs,
        [property: JsonPropertyName("headers")] IReadOnlyList<string[]> Headers,
        [property: JsonPropertyName("body_b64")] string BodyBase64,
        [property: JsonPropertyName("service")] string Service,
        [property: JsonPropertyName("region")] string Region,
        [property: JsonPropertyName("access_key")] string AccessKey,
        [property: JsonPropertyName("secret_key")] string SecretKey,
        [property: JsonPropertyName("token")] string? Token,
        [property: JsonPropertyName("timestamp")] string Timestamp,
        [property: JsonPropertyName("presign_expires")] int? PresignExpires,
        [property: JsonPropertyName("s3_signer")] bool S3Signer)
    {
        public WorkerRequest(SigningSpec spec)
            : this(spec.Method, spec.Url, spec.Endpoint, spec.PathSegments, spec.QueryPairs, spec.Headers,
                Convert.ToBase64String(spec.Body), spec.Service, spec.Region, spec.AccessKeyId, spec.Secret, spec.Token,
                spec.Time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                spec.PresignExpires, spec.S3Signer)
        {
        }
    }

    private sealed record WorkerAnswer(
        [property: JsonPropertyName("method")] string? Method,
        [property: JsonPropertyName("path")] string? Path,
        [property: JsonPropertyName("query")] string? Query,
        [property: JsonPropertyName("headers")] List<string[]>? Headers,
        [property: JsonPropertyName("body_b64")] string? BodyBase64,
        [property: JsonPropertyName("error")] string? Error);
}
