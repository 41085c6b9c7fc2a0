using System.Text.Json.Nodes;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Entities;

/// <summary>A stored web ACL, IP set, regex pattern set or rule group.</summary>
/// <param name="Document">The entity exactly as its Get operation returns it (Name, Id, ARN included).</param>
/// <param name="References">ARNs of the IP sets, regex pattern sets and rule groups its rules reference.</param>
/// <param name="PermissionPolicy">A rule group's sharing policy (PutPermissionPolicy), if any.</param>
public sealed record EntityRecord(
    string Kind,
    string Scope,
    string Name,
    string Id,
    string Arn,
    string LockToken,
    JsonObject Document,
    IReadOnlyList<WafTag> Tags,
    IReadOnlyList<string> References,
    string? PermissionPolicy = null);
