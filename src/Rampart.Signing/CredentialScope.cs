namespace Rampart.Signing;

/// <summary>The five parts of a credential: <c>AKID/20240101/us-east-1/sts/aws4_request</c>.</summary>
internal readonly record struct CredentialScope(string AccessKeyId, string Date, string Region, string Service, string Terminator)
{
    public const string Aws4Terminator = "aws4_request";

    /// <summary>The credential this thread parsed last and its parts. A client signs with one scope for a day, so
    /// consecutive requests nearly always repeat it, and its parts were a twentieth of all a call allocated.</summary>
    [ThreadStatic] private static string? lastCredential;
    [ThreadStatic] private static CredentialScope lastScope;

    /// <summary>Splits a credential into its parts; trailing slashes are ignored, as AWS does.</summary>
    public static bool TryParse(ReadOnlySpan<char> credential, out CredentialScope scope)
    {
        if (lastCredential is { } last && credential.SequenceEqual(last))
        {
            scope = lastScope;
            return true;
        }
        if (!TryParseNew(credential, out scope))
        {
            return false;
        }
        lastScope = scope;
        lastCredential = new string(credential);
        return true;
    }

    private static bool TryParseNew(ReadOnlySpan<char> credential, out CredentialScope scope)
    {
        var trimmed = credential.TrimEnd('/');
        Span<Range> parts = stackalloc Range[6];
        if (trimmed.Split(parts, '/') != 5)
        {
            scope = default;
            return false;
        }
        scope = new CredentialScope(
            new string(trimmed[parts[0]]),
            new string(trimmed[parts[1]]),
            new string(trimmed[parts[2]]),
            new string(trimmed[parts[3]]),
            trimmed[parts[4]] is Aws4Terminator ? Aws4Terminator : new string(trimmed[parts[4]]));
        return true;
    }
}
