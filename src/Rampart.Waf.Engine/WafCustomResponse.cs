namespace Rampart.Waf.Engine;

/// <summary>A Block action's custom response. <see cref="Body"/> and <see cref="ContentType"/> (a MIME type such as
/// text/html) are resolved from the web ACL's or rule group's CustomResponseBodies under <see cref="BodyKey"/>.</summary>
public sealed record WafCustomResponse(
    int StatusCode,
    IReadOnlyList<WafHeader> Headers,
    string? BodyKey,
    string? ContentType,
    string? Body);
