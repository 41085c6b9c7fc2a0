using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Entities;

/// <summary>The ARN an entity request names by Name, Scope and Id, for authorization.</summary>
public static class EntityArns
{
    public static string Of(string? name, string? scope, string? id, CallContext call, EntityKind kind) =>
        new WafArn(call.Region, call.AccountId, WafScope.Of(scope, call), kind.ArnSegment, name ?? "", id ?? "").ToString();

    public static string Of(JsonObject request, CallContext call, EntityKind kind) =>
        Of(RequestTree.Text(request, "Name"), RequestTree.Text(request, "Scope"), RequestTree.Text(request, "Id"), call, kind);
}
