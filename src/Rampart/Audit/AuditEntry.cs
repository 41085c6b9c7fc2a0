using System.Text.Json.Nodes;
using Rampart.Protocol;

namespace Rampart.Audit;

/// <summary>What the pipeline knows of one finished call, handed to <see cref="IAuditTrail.Record"/>. The audit
/// trail owns the JSON trees from then on: the caller must not change them afterwards.</summary>
/// <param name="Time">When the call completed.</param>
/// <param name="Identity">The caller (<see cref="UserIdentity.Of"/>), or what is known of it when authentication
/// failed (<see cref="UserIdentity.Unauthenticated"/>).</param>
/// <param name="Service">The service's API model name or signing name ("iam", "sts", "kms", "access-analyzer").</param>
/// <param name="Operation">The operation's model name: the record's eventName.</param>
/// <param name="Region">The region of the request's SigV4 credential scope.</param>
/// <param name="Request">The decoded request, member names as in the API model; redacted before it is stored.</param>
/// <param name="Response">The handler's response tree (model member names) for a successful call.</param>
/// <param name="Error">The AWS error the call ended with, if it failed (authentication, authorization or handler).</param>
/// <param name="ReadOnly">The operation's declared read-only flag.</param>
/// <param name="RecipientAccountId">The account whose trail receives the event: the caller's account, or for a
/// failed authentication the account owning the presented key (else the server's default account).</param>
/// <param name="Resources">The resource ARNs the call was authorized for ("*" entries are ignored).</param>
/// <param name="Tls">The TLS connection's details when the call came over HTTPS.</param>
public sealed record AuditEntry(
    DateTimeOffset Time,
    UserIdentity Identity,
    string Service,
    string Operation,
    string Region,
    string SourceIp,
    string? UserAgent,
    JsonObject? Request,
    JsonNode? Response,
    ServiceError? Error,
    string RequestId,
    bool ReadOnly,
    string RecipientAccountId,
    IReadOnlyList<string> Resources,
    TlsDetails? Tls);
