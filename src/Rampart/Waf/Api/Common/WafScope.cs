using Rampart.Operations;

namespace Rampart.Waf.Api.Common;

/// <summary>A WAFv2 scope: REGIONAL resources live in the request's region; CLOUDFRONT resources are global and
/// are managed only through us-east-1, with "global" in their ARNs.</summary>
public sealed record WafScope(string Name, string ArnSegment)
{
    public const string CloudFrontRegion = "us-east-1";

    public static readonly WafScope Regional = new("REGIONAL", "regional");
    public static readonly WafScope CloudFront = new("CLOUDFRONT", "global");

    /// <summary>The scope named in a request, which must be usable from the request's region.</summary>
    public static WafScope Of(string? name, CallContext call)
    {
        var scope = name switch
        {
            "REGIONAL" => Regional,
            "CLOUDFRONT" => CloudFront,
            _ => throw WafErrors.InvalidParameter("SCOPE_VALUE", name ?? "null", WafErrors.Reasons.InvalidScope),
        };
        if (scope == CloudFront && call.Region != CloudFrontRegion)
        {
            throw WafErrors.InvalidParameter("SCOPE_VALUE", scope.Name, WafErrors.Reasons.InvalidScope);
        }
        return scope;
    }

    public static WafScope? FromArnSegment(string segment) => segment switch
    {
        "regional" => Regional,
        "global" => CloudFront,
        _ => null,
    };
}
