namespace Rampart.Identity.Sessions;

/// <summary>The model's Credentials shape: shown to the caller once, stored only encrypted.</summary>
public sealed record IssuedCredentials(string AccessKeyId, string SecretAccessKey, string SessionToken, DateTimeOffset Expiration);
