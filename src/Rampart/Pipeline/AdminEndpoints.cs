using System.Text;
using Rampart.Audit;
using Rampart.Hosting;
using Rampart.Identity;
using Rampart.Policy;
using Rampart.Protocol;
using Rampart.Signing;

namespace Rampart.Pipeline;

/// <summary>Rampart's own endpoints beside the AWS APIs: the health check, and the reset that test suites call
/// between tests (also at moto_server's path so suites written for moto run unchanged).</summary>
public sealed class AdminEndpoints(
    CallerAuthenticator authenticator,
    DefaultAccountBootstrap bootstrap,
    DefaultAccount defaultAccount,
    WriteBehindAuditTrail audit,
    ServerOptions options,
    Waf.Gateway.GatewayDirectory gateways)
{
    public const string HealthPath = "/_rampart/health";
    public const string ResetPath = "/_rampart/reset";
    public const string MotoResetPath = "/moto-api/reset";
    public const string GatewaysPath = "/_rampart/gateways";

    private static readonly ReadOnlyMemory<byte> Healthy = Encoding.UTF8.GetBytes("{\"status\":\"ok\"}");
    private static readonly ReadOnlyMemory<byte> ResetDone = Encoding.UTF8.GetBytes("{\"status\":\"ok\",\"reset\":true}");

    public static bool Handles(WireRequest request) =>
        request.Path is HealthPath or ResetPath or MotoResetPath or GatewaysPath;

    public async Task<WireResponse> HandleAsync(WireRequest request, CancellationToken cancellationToken)
    {
        if (request.Path == HealthPath)
        {
            return request.Method is "GET" or "HEAD" ? Json(200, Healthy) : throw MethodNotAllowed(request, "GET");
        }
        if (request.Path == GatewaysPath)
        {
            return request.Method is "GET" or "HEAD"
                ? Json(200, Waf.Gateway.GatewayListing.Json(gateways.All))
                : throw MethodNotAllowed(request, "GET");
        }
        if (request.Method != "POST")
        {
            throw MethodNotAllowed(request, "POST");
        }
        await AuthorizeResetAsync(request, cancellationToken);
        // Events of calls answered before the reset must land before the wipe, not after it.
        await audit.FlushAsync(cancellationToken);
        await bootstrap.ResetAsync(defaultAccount, cancellationToken);
        return Json(200, ResetDone);
    }

    private async Task AuthorizeResetAsync(WireRequest request, CancellationToken cancellationToken)
    {
        if (options.Auth == AuthMode.Open)
        {
            return;
        }
        var scope = SignatureScope.TryRead(request, out var read) ? read : (SignatureScope?)null;
        Principal caller;
        try
        {
            caller = await authenticator.AuthenticateAsync(request, scope, null, cancellationToken);
        }
        catch (AwsException e)
        {
            throw ResetDenied("anonymous", $"the request is not signed by it ({e.Error.Code}: {e.Error.Message})");
        }
        if (caller.Type != PrincipalType.Root || caller.AccountId != defaultAccount.AccountId)
        {
            throw ResetDenied(caller.Arn, "the request is signed by another identity");
        }
        if (caller.Session is not null)
        {
            // A session of the root user (GetSessionToken) is not the holder of the default account's long-term key.
            throw ResetDenied(caller.Arn, "the request is signed with temporary session credentials, not the root user's long-term access key");
        }
    }

    private AwsException ResetDenied(string caller, string why) => new(
        "AccessDenied",
        $"User: {caller} is not authorized to perform: rampart:Reset on resource: {options.Listen.GetLeftPart(UriPartial.Authority)} " +
        $"because only the root user of the default account {defaultAccount.AccountId} may reset a server running with --auth enforce, and {why}",
        403);

    private static AwsException MethodNotAllowed(WireRequest request, string allowed) =>
        new("MethodNotAllowed", $"{request.Method} is not allowed on {request.Path}; use {allowed}.", 405);

    private static WireResponse Json(int status, ReadOnlyMemory<byte> body) =>
        new(status, [new("Content-Type", "application/json")], body);
}
