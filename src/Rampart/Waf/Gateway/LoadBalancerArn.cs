using System.Security.Cryptography;
using System.Text;

namespace Rampart.Waf.Gateway;

/// <summary>The Application Load Balancer ARN a gateway answers to. Its ID is derived from the name, so the ARN
/// stays the same across restarts and across servers sharing a store, and web ACL associations keep holding.</summary>
public static class LoadBalancerArn
{
    public static string For(string name, string region, string accountId) =>
        $"arn:aws:elasticloadbalancing:{region}:{accountId}:loadbalancer/app/{name}/{IdOf(name)}";

    /// <summary>16 lowercase hex digits, as AWS's load balancer IDs are.</summary>
    public static string IdOf(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("rampart gateway " + name)).AsSpan(0, 8));
}
