namespace Rampart.Signing;

/// <summary>The SigV4 parameters of a presigned URL's query string, decoded.</summary>
internal readonly record struct PresignedParameters(
    string? Algorithm,
    string? Credential,
    string? Date,
    string? Expires,
    string? SignedHeaders,
    string? Signature,
    string? SecurityToken,
    string? ContentSha256)
{
    public const string AlgorithmName = "X-Amz-Algorithm";
    public const string CredentialName = "X-Amz-Credential";
    public const string DateName = "X-Amz-Date";
    public const string ExpiresName = "X-Amz-Expires";
    public const string SignedHeadersName = "X-Amz-SignedHeaders";
    public const string SignatureName = "X-Amz-Signature";
    public const string SecurityTokenName = "X-Amz-Security-Token";
    public const string ContentSha256Name = "X-Amz-Content-Sha256";

    /// <summary>Whether the query string tries to carry a signature at all.</summary>
    public bool Present => Algorithm is not null || Credential is not null || Signature is not null;

    public static PresignedParameters Read(string rawQuery)
    {
        // Every SigV4 parameter starts with "X-Amz-"; most requests have none and skip the scan.
        if (!rawQuery.Contains("X-Amz-", StringComparison.OrdinalIgnoreCase) && !rawQuery.Contains('%'))
        {
            return default;
        }
        string? algorithm = null, credential = null, date = null, expires = null;
        string? signedHeaders = null, signature = null, token = null, contentSha256 = null;
        var query = rawQuery.AsSpan();
        foreach (var part in query.Split('&'))
        {
            var pair = query[part];
            var equals = pair.IndexOf('=');
            var rawName = equals < 0 ? pair : pair[..equals];
            var name = rawName.Contains('%') ? PercentEncoding.Decode(rawName) : null;
            var nameText = name is null ? rawName : name.AsSpan();
            if (!nameText.StartsWith("X-Amz-", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var value = PercentEncoding.Decode(equals < 0 ? [] : pair[(equals + 1)..]);
            switch (nameText)
            {
                case AlgorithmName: algorithm = value; break;
                case CredentialName: credential = value; break;
                case DateName: date = value; break;
                case ExpiresName: expires = value; break;
                case SignedHeadersName: signedHeaders = value; break;
                case SignatureName: signature = value; break;
                case SecurityTokenName: token = value; break;
                default:
                    if (nameText.Equals(ContentSha256Name, StringComparison.OrdinalIgnoreCase))
                    {
                        contentSha256 = value;
                    }
                    break;
            }
        }
        return new PresignedParameters(algorithm, credential, date, expires, signedHeaders, signature, token, contentSha256);
    }
}
