namespace Rampart.Waf.Api.ApiKeys;

/// <summary>A CAPTCHA integration API key and the domains it may be used from (AWS's APIKeySummary).</summary>
public sealed record ApiKeyRecord(string APIKey, IReadOnlyList<string> TokenDomains, DateTimeOffset CreationTimestamp, int Version);
