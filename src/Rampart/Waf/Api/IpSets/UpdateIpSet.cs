using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;
using Rampart.Waf.Api.WebAcls;

namespace Rampart.Waf.Api.IpSets;

public sealed record UpdateIpSetRequest(string Name, string Scope, string Id, string? Description, IReadOnlyList<string> Addresses, string LockToken);

/// <summary>Replaces an IP set's addresses (and description); its IP version stays.</summary>
public sealed class UpdateIpSet(IStore store, StoreWebAclSource webAcls) : WafOperation<UpdateIpSetRequest, UpdateEntityResponse>
{
    public override string Name => "UpdateIPSet";

    protected override OperationDeclaration<UpdateIpSetRequest> Declaration { get; } = new()
    {
        Action = "wafv2:UpdateIPSet",
        ReadOnly = false,
        Resources = (request, call) => [EntityArns.Of(request.Name, request.Scope, request.Id, call, EntityKind.IpSet)],
    };

    protected override async Task<UpdateEntityResponse> HandleAsync(UpdateIpSetRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var entities = new EntityStore(store, webAcls);
        var existing = await entities.GetAsync(call, EntityKind.IpSet, WafScope.Of(request.Scope, call), request.Name, request.Id, cancellationToken);
        var version = existing.Record.Document["IPAddressVersion"]!.GetValue<string>();
        var settings = new JsonObject
        {
            ["Description"] = request.Description,
            ["IPAddressVersion"] = version,
            ["Addresses"] = new JsonArray([.. IpAddressList.Check(request.Addresses, version).Select(a => (JsonNode)a)]),
        };
        return new UpdateEntityResponse(await entities.UpdateAsync(call, existing, request.LockToken, settings, [], cancellationToken));
    }
}
