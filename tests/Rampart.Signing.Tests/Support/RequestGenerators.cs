using FsCheck;
using FsCheck.Fluent;
using Rampart.Protocol;

namespace Rampart.Signing.Tests.Support;

/// <summary>Generators of text and requests for the property tests.</summary>
public static class RequestGenerators
{
    /// <summary>Pieces that make URL text interesting: reserved characters, escapes, multi-byte and astral characters.</summary>
    private static readonly string[] UrlTokens =
    [
        "a", "Z", "0", "9", "-", "_", ".", "~", " ", "%", "%2F", "%41", "%zz", "+", "/", "?", "#", "&", "=", ";", ",", ":", "@",
        "$", "!", "*", "'", "(", ")", "[", "]", "\"", "<", ">", "^", "`", "{", "}", "|", "\\", "\t", "ü", "中", "😀", "..",
    ];

    private static readonly string[] HeaderTokens = ["a", "Z", "0", " ", "  ", "\t", ",", ";", "=", "/", "-", "\"", "x-amz", "value"];

    /// <summary>Text built from URL tokens; always valid UTF-16, so every client can encode it.</summary>
    public static Gen<string> UrlText { get; } = Gen.Elements(UrlTokens).ListOf().Select(string.Concat);

    /// <summary>Printable ASCII header text with irregular whitespace.</summary>
    public static Gen<string> HeaderText { get; } =
        Gen.Elements(HeaderTokens).NonEmptyListOf().Select(tokens => string.Concat(tokens).Trim() is { Length: > 0 } text ? text : "v");

    public static Gen<byte[]> Bytes { get; } = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();

    /// <summary>Any text at all, including lone surrogates and control characters.</summary>
    public static Gen<string> AnyText { get; } = ArbMap.Default.GeneratorFor<string>().Select(text => text ?? "");

    /// <summary>Requests whose signature parts are a mix of well-formed pieces and garbage.</summary>
    public static Gen<WireRequest> HostileRequests { get; } =
        from method in Gen.Elements("GET", "POST", "PUT", "DELETE", "get", "", "OPTIONS")
        from path in Gen.OneOf(AnyText, UrlText.Select(text => "/" + text), Gen.Constant("/"), Gen.Constant(""))
        from query in Gen.OneOf(AnyText, PresignedQuery, Gen.Constant(""))
        from authorization in Gen.OneOf(Gen.Constant<string?>(null), Authorization.Select(a => (string?)a), AnyText.Select(a => (string?)a))
        from amzDate in Gen.OneOf(Gen.Constant<string?>(null), Gen.Constant<string?>("20240305T102030Z"), AnyText.Select(a => (string?)a))
        from date in Gen.OneOf(Gen.Constant<string?>(null), Gen.Constant<string?>("Tue, 05 Mar 2024 10:20:30 GMT"), AnyText.Select(a => (string?)a))
        from token in Gen.OneOf(Gen.Constant<string?>(null), Gen.Constant<string?>(TestKeys.SessionToken), AnyText.Select(a => (string?)a))
        from contentHash in Gen.OneOf(Gen.Constant<string?>(null), Gen.Constant<string?>("UNSIGNED-PAYLOAD"),
            Gen.Constant<string?>(new string('0', 64)), AnyText.Select(a => (string?)a))
        from host in Gen.OneOf(Gen.Constant("127.0.0.1:4580"), AnyText)
        from body in Bytes
        select new WireRequest(method, path, query, Headers(host, authorization, amzDate, date, token, contentHash), body);

    private static Gen<string> Fragment(params string[] wellFormed) => Gen.OneOf(Gen.Elements(wellFormed), AnyText);

    private static Gen<string> Authorization { get; } =
        from algorithm in Fragment("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512", "AWS4-", "AWS4-HMAC-SHA256 ")
        from parts in Gen.OneOf(
                Fragment(" Credential=", ",Credential=", "Credential"),
                Fragment(TestKeys.AccessKeyId + "/20240305/us-east-1/sts/aws4_request", TestKeys.AccessKeyId + "/20240305/us-east-1/sts",
                    TestKeys.TemporaryAccessKeyId + "/20240305//sts/aws4_request/", "////", "/"),
                Fragment(", SignedHeaders=", " SignedHeaders=", ",SignedHeaders"),
                Fragment("host;x-amz-date", "content-type;host;x-amz-date", ";;", "HOST", ":authority"),
                Fragment(", Signature=", " Signature=", "Signature"),
                Fragment(new string('a', 64), "00", "zz", new string('F', 64)))
            .ListOf()
        select algorithm + string.Concat(parts);

    private static Gen<string> PresignedQuery { get; } =
        Gen.OneOf(
                Fragment("X-Amz-Algorithm=AWS4-HMAC-SHA256", "X-Amz-Algorithm=", "X-Amz-Algorithm"),
                Fragment("X-Amz-Credential=" + TestKeys.AccessKeyId + "%2F20240305%2Fus-east-1%2Fsts%2Faws4_request", "X-Amz-Credential=%"),
                Fragment("X-Amz-Date=20240305T102030Z", "X-Amz-Date=2024"),
                Fragment("X-Amz-Expires=900", "X-Amz-Expires=0", "X-Amz-Expires=99999999999999999999", "X-Amz-Expires=-1"),
                Fragment("X-Amz-SignedHeaders=host", "X-Amz-SignedHeaders="),
                Fragment("X-Amz-Signature=" + new string('b', 64), "X-Amz-Signature=%G1"),
                Fragment("X-Amz-Security-Token=" + TestKeys.SessionToken, "X-Amz-Content-Sha256=UNSIGNED-PAYLOAD"),
                UrlText)
            .ListOf()
            .Select(parts => string.Join('&', parts));

    private static List<KeyValuePair<string, string>> Headers(string host, string? authorization, string? amzDate, string? date, string? token, string? contentHash)
    {
        var headers = new List<KeyValuePair<string, string>> { new("Host", host) };
        foreach (var (name, value) in (ReadOnlySpan<(string, string?)>)[
            ("Authorization", authorization), ("X-Amz-Date", amzDate), ("Date", date),
            ("X-Amz-Security-Token", token), ("X-Amz-Content-SHA256", contentHash)])
        {
            if (value is not null)
            {
                headers.Add(new(name, value));
            }
        }
        return headers;
    }
}
