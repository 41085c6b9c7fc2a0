using System.Net;
using MaxMind.Db;
using Rampart.Waf.Engine;

namespace Rampart.Waf.Gateway;

/// <summary>
/// Country, subdivision and autonomous system of an address from a MaxMind-format database the operator supplies
/// (GeoLite2/GeoIP2 Country or City, or any database with the same record layout; `--geo-database FILE`).
/// </summary>
public sealed class MaxMindGeoLookup(Reader reader) : IWafGeoLookup, IDisposable
{
    /// <summary>Opens the database; a file that is not one is an <see cref="IOException"/> naming it, which stops the
    /// server from starting with that message rather than serving without GeoMatch.</summary>
    public static MaxMindGeoLookup Open(string path)
    {
        try
        {
            return new(new Reader(path, FileAccessMode.MemoryMapped));
        }
        catch (InvalidDatabaseException e)
        {
            throw new IOException($"--geo-database {path} is not a MaxMind-format database: {e.Message}", e);
        }
    }

    public WafGeoLocation? Locate(IPAddress address)
    {
        var record = reader.Find<Dictionary<string, object>>(address);
        if (record is null || !record.TryGetValue("country", out var countryValue) || countryValue is not Dictionary<string, object> country
            || !country.TryGetValue("iso_code", out var isoCode) || isoCode is not string code)
        {
            return null;
        }
        var region = record.TryGetValue("subdivisions", out var subdivisions) && subdivisions is List<object> { Count: > 0 } list
            && list[0] is Dictionary<string, object> first && first.TryGetValue("iso_code", out var sub) && sub is string subCode
            ? $"{code}-{subCode}"
            : null;
        var asn = record.TryGetValue("autonomous_system_number", out var number) ? Convert.ToInt64(number, System.Globalization.CultureInfo.InvariantCulture) : (long?)null;
        return new WafGeoLocation(code, region, asn);
    }

    public void Dispose() => reader.Dispose();
}
