using System.Text.Json.Serialization;

namespace Rampart.Audit;

/// <summary>The record's tlsDetails, present only for calls that came over HTTPS.</summary>
/// <param name="TlsVersion">"TLSv1.2" or "TLSv1.3", as CloudTrail spells it.</param>
/// <param name="CipherSuite">The cipher suite's OpenSSL-style name, e.g. "ECDHE-RSA-AES128-GCM-SHA256".</param>
/// <param name="ClientProvidedHostHeader">The Host header the client sent.</param>
public sealed record TlsDetails(
    [property: JsonPropertyName("tlsVersion")] string TlsVersion,
    [property: JsonPropertyName("cipherSuite")] string CipherSuite,
    [property: JsonPropertyName("clientProvidedHostHeader")] string? ClientProvidedHostHeader);
