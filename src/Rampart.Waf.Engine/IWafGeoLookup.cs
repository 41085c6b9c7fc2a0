using System.Net;

namespace Rampart.Waf.Engine;

/// <summary>Where an address is, as the gateway knows it from a MaxMind-format database; null when unknown.</summary>
public interface IWafGeoLookup
{
    /// <summary>The ISO 3166-1 alpha-2 country code, and the ISO 3166-2 subdivision code (such as "US-CA") when
    /// known.</summary>
    WafGeoLocation? Locate(IPAddress address);
}
