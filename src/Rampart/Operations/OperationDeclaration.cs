using Rampart.Policy;

namespace Rampart.Operations;

/// <summary>The one place an operation states how it is authorized. Everything else (global condition keys,
/// policy evaluation, the AccessDenied error, the audit record) the pipeline derives from it.</summary>
/// <typeparam name="TRequest">The operation's typed request.</typeparam>
public sealed record OperationDeclaration<TRequest>
{
    /// <summary>The IAM action, e.g. "iam:CreateUser".</summary>
    public required string Action { get; init; }

    /// <summary>Whether the operation changes nothing.</summary>
    public required bool ReadOnly { get; init; }

    /// <summary>The resource ARNs the call acts on; absent means the action has no resource type ("*").</summary>
    public Func<TRequest, CallContext, IReadOnlyList<string>>? Resources { get; init; }

    /// <summary>Service-specific condition keys taken from the request (e.g. "iam:PolicyARN").</summary>
    public Func<TRequest, CallContext, IReadOnlyDictionary<string, ContextValue>>? ContextKeys { get; init; }

    /// <summary>Tags the request would set (for aws:RequestTag/* and aws:TagKeys).</summary>
    public Func<TRequest, IReadOnlyDictionary<string, string>>? RequestTags { get; init; }

    /// <summary>Whether CloudTrail's responseElements carries the response. AWS records responses only for calls
    /// that change something, so this defaults to <c>!ReadOnly</c>; a read AWS records anyway (the credentials
    /// GetSessionToken issues) sets it.</summary>
    public bool? RecordsResponse { get; init; }

    /// <summary>Set only where AWS documents that no policy can deny the action.</summary>
    public bool AuthorizationRequired { get; init; } = true;

    /// <summary>Further actions the same call must be allowed, each on its own resources with its own keys (KMS's
    /// ReEncrypt needs kms:ReEncryptFrom on the source key and kms:ReEncryptTo on the destination key).</summary>
    public IReadOnlyList<OperationDeclaration<TRequest>> AlsoRequired { get; init; } = [];

    private static readonly IReadOnlyList<string> AnyResource = ["*"];
    private static readonly IReadOnlyDictionary<string, ContextValue> NoContextKeys =
        new Dictionary<string, ContextValue>();
    private static readonly IReadOnlyDictionary<string, string> NoTags = new Dictionary<string, string>();

    public AccessRequirement For(TRequest request, CallContext call) => new(
        Action,
        Resources?.Invoke(request, call) ?? AnyResource,
        ContextKeys?.Invoke(request, call) ?? NoContextKeys,
        RequestTags?.Invoke(request) ?? NoTags,
        ReadOnly,
        AuthorizationRequired)
    {
        AlsoRequired = AlsoRequired.Count == 0 ? [] : [.. AlsoRequired.Select(also => also.For(request, call))],
        RecordsResponse = RecordsResponse ?? !ReadOnly,
    };
}
