using System.Net;
using System.Text;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Rampart.Shield.Defences;
using Rampart.Waf.Engine;
using Yarp.ReverseProxy.Forwarder;

namespace Rampart.Waf.Gateway;

/// <summary>
/// Every request through a gateway: counted for flood detection, admitted within its client's share, inspected by the
/// web ACL in force, answered as the verdict says or forwarded to the upstream, and recorded in metrics, samples and
/// logs.
/// </summary>
public sealed class GatewayRequestHandler : IDisposable
{
    private static readonly ForwarderRequestConfig RequestConfig = new() { ActivityTimeout = TimeSpan.FromSeconds(100) };

    private readonly string destination;
    private readonly GatewayContext context;
    private readonly AttackMonitor monitor;
    private readonly IHttpForwarder forwarder;
    private readonly GatewayWebAcl webAcl;
    private readonly VerdictResponder responder;
    private readonly WafRecorder recorder;
    private readonly ILogger logger;
    private readonly HttpMessageInvoker upstream = UpstreamClient.Create();
    private readonly ClientRequestGate requestGate = new();

    public GatewayRequestHandler(GatewayDefinition definition, string arn, GatewayContext context, AttackMonitor monitor,
        IHttpForwarder forwarder)
    {
        destination = definition.Upstream.ToString();
        this.context = context;
        this.monitor = monitor;
        this.forwarder = forwarder;
        logger = context.LoggerFactory.CreateLogger("Rampart.Waf.Gateway");
        webAcl = new GatewayWebAcl(arn, context.WebAcls, logger);
        responder = new VerdictResponder(context, ForwardAsync);
        recorder = new WafRecorder(context, arn);
    }

    public async Task HandleAsync(HttpContext http)
    {
        if (http.Features.Get<IConnectionItemsFeature>()?.Items.TryGetValue(typeof(ConnectionActivity), out var activity) == true)
        {
            ((ConnectionActivity)activity!).RequestArrived();
        }
        monitor.Count(AttackVector.RequestFlood);
        if (monitor.IsOngoing(AttackVector.RequestFlood))
        {
            monitor.Contribute(AttackVector.RequestFlood, Source(http));
        }
        var client = http.Connection.RemoteIpAddress is { } address ? ClientAddress.Normalize(address) : IPAddress.None;
        if (!requestGate.TryEnter(client))
        {
            await GatewayPages.RespondAsync(http, StatusCodes.Status503ServiceUnavailable, GatewayPages.Busy, retryAfterSeconds: 1);
            return;
        }
        try
        {
            await InspectAndForwardAsync(http);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status408RequestTimeout)
        {
            // The body stopped arriving while the web ACL was reading its first bytes.
            monitor.Count(AttackVector.SlowBody, Source(http));
            throw;
        }
        finally
        {
            requestGate.Leave(client);
        }
    }

    private async Task InspectAndForwardAsync(HttpContext http)
    {
        ActiveWebAcl? acl;
        try
        {
            acl = await webAcl.CurrentAsync();
        }
        catch (Exception e)
        {
            // Without its web ACL the gateway cannot tell what to let through, so it lets nothing through.
            logger.LogError("Gateway: loading the web ACL failed: {ExceptionType}", e.GetType().FullName);
            await GatewayPages.RespondAsync(http, StatusCodes.Status503ServiceUnavailable, GatewayPages.Busy, retryAfterSeconds: 1);
            return;
        }
        if (acl is null)
        {
            await ForwardAsync(http);
            return;
        }
        var host = http.Request.Host.Host;
        var token = context.Tokens.Verify(http.Request.Cookies[WafToken.CookieName], host);
        if (await responder.TryAnswerPuzzleAsync(http, acl, token, host))
        {
            return;
        }
        var request = await WafRequestReader.ReadAsync(http, token);
        var verdict = acl.Compiled.Evaluate(request, context.Runtime);
        context.Metrics.Record(context.Region, acl.Compiled, verdict);
        await responder.ApplyAsync(http, verdict, host);
        await recorder.RecordAsync(http, acl, request, verdict);
    }

    private async Task ForwardAsync(HttpContext http)
    {
        var error = await forwarder.SendAsync(http, destination, upstream, RequestConfig, ForwardingTransformer.Instance);
        if (error is ForwarderError.None)
        {
            return;
        }
        var exception = http.Features.Get<IForwarderErrorFeature>()?.Exception;
        if (error is ForwarderError.RequestBodyClient && IsSlowBody(exception))
        {
            monitor.Count(AttackVector.SlowBody, Source(http));
        }
    }

    private static AttackSource Source(HttpContext http) =>
        new(http.Connection.RemoteIpAddress, http.Request.Path.Value, http.Request.Headers.Referer, http.Request.Headers.UserAgent);

    /// <summary>Kestrel ends a body that arrives below the minimum data rate with a 408 bad request.</summary>
    private static bool IsSlowBody(Exception? exception) =>
        Causes(exception).Any(cause => cause is BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout });

    private static IEnumerable<Exception> Causes(Exception? exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
        }
    }

    public void Dispose()
    {
        webAcl.Dispose();
        upstream.Dispose();
    }
}
