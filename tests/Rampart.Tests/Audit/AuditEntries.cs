using System.Text.Json.Nodes;
using Rampart.Audit;
using Rampart.Identity;
using Rampart.Protocol;

namespace Rampart.Tests.Audit;

/// <summary>Entries as the pipeline fills them, for the audit tests.</summary>
internal static class AuditEntries
{
    public const string Account = "123456789012";
    public const string RootKey = "AKIAROOTEXAMPLE00001";

    public static Principal Root => Principal.Root(Account, RootKey);

    public static AuditEntry Call(
        string service,
        string operation,
        JsonObject? request = null,
        JsonNode? response = null,
        ServiceError? error = null,
        UserIdentity? identity = null,
        string region = "us-east-1",
        bool readOnly = false,
        IReadOnlyList<string>? resources = null,
        DateTimeOffset? time = null,
        TlsDetails? tls = null) => new(
        time ?? DateTimeOffset.UtcNow,
        identity ?? UserIdentity.Of(Root),
        service,
        operation,
        region,
        "192.0.2.10",
        "aws-cli/2.15.0 Python/3.11",
        request,
        response,
        error,
        Guid.NewGuid().ToString(),
        readOnly,
        Account,
        resources ?? [],
        tls);
}
