namespace Rampart.Signing;

/// <summary>What a request claims about its signature, well-formed and within its time window, before the
/// signature itself is checked.</summary>
internal readonly record struct SignatureClaim(
    SignatureForm Form,
    CredentialScope Scope,
    DateTimeOffset SigningTime,
    string AmzDate,
    ReadOnlyMemory<char> SignedHeaders,
    ReadOnlyMemory<char> Signature,
    string? SessionToken,
    string? DeclaredContentHash);
