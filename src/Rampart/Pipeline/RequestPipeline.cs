using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Rampart.Audit;
using Rampart.Authorization;
using Rampart.Hosting;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Protocol;
using Rampart.Protocol.Routing;
using Rampart.Signing;

namespace Rampart.Pipeline;

/// <summary>The one terminal middleware: every AWS call goes route, authenticate, decode, declare, authorize,
/// handle, encode, audit, in that order, and every failure comes out as the protocol's AWS error.</summary>
public sealed class RequestPipeline(
    RequestRouter router,
    CallerAuthenticator authenticator,
    OperationRegistry operations,
    Authorizer authorizer,
    AdminEndpoints admin,
    Sts.Outbound.OutboundIssuerDocuments issuers,
    IAuditTrail audit,
    ServerOptions options,
    ILogger<RequestPipeline> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var requestId = Uuids.Version4().ToString();
        var call = new CallRecord(requestId, SourceIp(http), http.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null, http.Request.IsHttps);
        WireResponse response;
        try
        {
            var wire = await HttpWire.ReadAsync(http, cancellationToken);
            call.Wire = wire;
            if (AdminEndpoints.Handles(wire))
            {
                response = await admin.HandleAsync(wire, cancellationToken);
            }
            else if (Sts.Outbound.OutboundIssuerDocuments.Handles(wire))
            {
                response = await issuers.HandleAsync(wire, cancellationToken);
            }
            else
            {
                response = await HandleAwsCallAsync(wire, call, cancellationToken);
            }
        }
        catch (AwsException e)
        {
            call.Error = e.Error;
            response = EncodeError(http, call, e.Error);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (BadHttpRequestException e)
        {
            call.Error = new ServiceError(e.StatusCode == 413 ? "RequestEntityTooLarge" : "BadRequest", e.Message, e.StatusCode);
            response = EncodeError(http, call, call.Error);
        }
        catch (Exception e) when (e is ConnectionResetException or EndOfStreamException)
        {
            return;
        }
        catch (Exception e)
        {
            // The exception's message may quote request data; only its type and stack are logged.
            logger.LogError("Request {RequestId} failed: {ExceptionType}{NewLine}{StackTrace}",
                requestId, e.GetType().FullName, Environment.NewLine, e.StackTrace);
            call.Error = new ServiceError("InternalFailure", "The request processing has failed because of an unknown error, exception or failure.", 500, SenderFault: false);
            response = EncodeError(http, call, call.Error);
        }

        // Recorded before it is answered: a client that looks the call up in its event history right after the
        // answer must find it there. A failure to record never keeps the client from its answer.
        try
        {
            await RecordAsync(call);
        }
        catch (Exception e)
        {
            logger.LogError("Request {RequestId} could not be recorded: {ExceptionType}", requestId, e.GetType().FullName);
        }
        try
        {
            await HttpWire.WriteAsync(http, response, requestId, cancellationToken);
        }
        catch (Exception e) when (e is IOException or ConnectionResetException or OperationCanceledException)
        {
            // The client left before reading the answer; the call happened all the same and is recorded.
        }
    }

    private async Task<WireResponse> HandleAwsCallAsync(WireRequest wire, CallRecord call, CancellationToken cancellationToken)
    {
        var scope = SignatureScope.TryRead(wire, out var read) ? read : (SignatureScope?)null;
        call.Region = scope?.Region ?? options.Region;
        call.AccessKeyId = scope?.AccessKeyId;
        call.ScopeService = scope?.Service;
        var route = router.Resolve(wire, scope?.Service);
        call.Route = route;

        var caller = await authenticator.AuthenticateAsync(wire, scope, route.Service, !route.Operation.RequiresSignature, cancellationToken);
        var context = new CallContext(caller, call.Region, call.RequestId, DateTimeOffset.UtcNow, call.SourceIp, call.UserAgent, call.SecureTransport);
        call.Context = context;

        var input = ProtocolCodec.DecodeInput(route, wire);
        call.Input = input;
        if (!operations.TryFind(route.Service.Name, route.Operation.Name, out var operation))
        {
            throw new AwsException("NotImplemented",
                $"Rampart does not implement {route.Service.Name}:{route.Operation.Name} yet.", 501, senderFault: false);
        }
        var prepared = operation.Prepare(input, context);
        call.Access = prepared.Access;
        if (prepared.Access.AuthorizationRequired)
        {
            await authorizer.AuthorizeAsync(context, prepared.Access, route.Service.Protocol, cancellationToken);
        }
        var output = await prepared.Run(cancellationToken);
        call.Output = output;
        return ProtocolCodec.EncodeOutput(route, output as JsonObject, call.RequestId);
    }

    private static WireResponse EncodeError(HttpContext http, CallRecord call, ServiceError error) =>
        call.Route is { } route
            ? ProtocolCodec.EncodeError(route.Service, error, call.RequestId)
            : ProtocolCodec.EncodeError(call.Wire ?? HttpWire.WithoutBody(http), call.ScopeService, error, call.RequestId);

    private async ValueTask RecordAsync(CallRecord call)
    {
        if (call.Route is not { } route)
        {
            return;
        }
        var keyOwner = call.Context is null ? await authenticator.AccountOfKeyAsync(call.AccessKeyId, CancellationToken.None) : null;
        var identity = call.Context is { } context
            ? UserIdentity.Of(context.Caller)
            : UserIdentity.Unauthenticated(call.AccessKeyId, keyOwner);
        await audit.Record(new AuditEntry(
            DateTimeOffset.UtcNow,
            identity,
            route.Service.Name,
            route.Operation.Name,
            call.Region ?? options.Region,
            call.SourceIp,
            call.UserAgent,
            call.Input,
            call.Access is { RecordsResponse: true } ? call.Output : null,
            call.Error,
            call.RequestId,
            call.Access?.ReadOnly ?? false,
            call.Context?.AccountId ?? keyOwner ?? authenticator.DefaultAccountId,
            call.Access?.Resources ?? [],
            null));
    }

    private static string SourceIp(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "127.0.0.1";
        }
        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}
