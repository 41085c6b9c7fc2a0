namespace Rampart.Signing;

/// <summary>The parts of an <c>Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...</c>
/// header, as slices of the header so reading it allocates nothing.</summary>
internal readonly record struct AuthorizationHeader(
    string Value,
    ReadOnlyMemory<char> Algorithm,
    ReadOnlyMemory<char>? Credential,
    ReadOnlyMemory<char>? SignedHeaders,
    ReadOnlyMemory<char>? Signature)
{
    public const string Sigv4Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Whether the header claims the SigV4 scheme; any other scheme counts as no authentication token.</summary>
    public static bool IsSigV4(string value) => value.AsSpan().TrimStart().StartsWith("AWS4-", StringComparison.Ordinal);

    /// <summary>Splits the header into its components; a component without '=' is an incomplete signature.</summary>
    public static SignatureFailure? TryParse(string value, out AuthorizationHeader header)
    {
        var memory = value.AsMemory();
        var span = value.AsSpan();
        var start = 0;
        while (start < span.Length && char.IsWhiteSpace(span[start]))
        {
            start++;
        }
        var algorithmEnd = start;
        while (algorithmEnd < span.Length && span[algorithmEnd] is not (' ' or ',' or '\t'))
        {
            algorithmEnd++;
        }
        ReadOnlyMemory<char>? credential = null, signedHeaders = null, signature = null;
        var position = algorithmEnd;
        while (position < span.Length)
        {
            if (span[position] is ' ' or ',' or '\t')
            {
                position++;
                continue;
            }
            var tokenStart = position;
            while (position < span.Length && span[position] is not (' ' or ',' or '\t'))
            {
                position++;
            }
            var token = span[tokenStart..position];
            var equals = token.IndexOf('=');
            if (equals < 0)
            {
                header = default;
                return SignatureFailures.MissingEqualSign(token, value);
            }
            var key = token[..equals];
            var component = memory[(tokenStart + equals + 1)..position];
            switch (key)
            {
                case "Credential": credential = component; break;
                case "SignedHeaders": signedHeaders = component; break;
                case "Signature": signature = component; break;
            }
        }
        header = new AuthorizationHeader(value, memory[start..algorithmEnd], credential, signedHeaders, signature);
        return null;
    }
}
