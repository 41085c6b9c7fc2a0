namespace Rampart.Waf.Engine;

/// <summary>How much of a request AWS WAF inspects in front of an Application Load Balancer; beyond these a component
/// is oversize and the statement's OversizeHandling decides.</summary>
public static class WafInspectionLimits
{
    /// <summary>Bytes of the body inspected (8 KB for Application Load Balancers).</summary>
    public const int Body = 8 * 1024;

    /// <summary>Bytes of all headers, or of all cookies, inspected.</summary>
    public const int HeadersOrCookiesBytes = 8 * 1024;

    /// <summary>Headers, or cookies, inspected.</summary>
    public const int HeadersOrCookiesCount = 200;
}
