namespace Rampart.Waf.Engine;

/// <summary>A country (ISO 3166-1 alpha-2), optionally a region (ISO 3166-2, such as "US-CA") and the autonomous
/// system number of an address.</summary>
public sealed record WafGeoLocation(string CountryCode, string? RegionCode = null, long? Asn = null);
