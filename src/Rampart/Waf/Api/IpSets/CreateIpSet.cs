using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;
using Rampart.Waf.Api.WebAcls;

namespace Rampart.Waf.Api.IpSets;

public sealed record CreateIpSetRequest(string Name, string Scope, string? Description, string IPAddressVersion, IReadOnlyList<string> Addresses, IReadOnlyList<WafTag>? Tags);

/// <summary>Creates an IP set of IPv4 or IPv6 CIDR blocks.</summary>
public sealed class CreateIpSet(IStore store, StoreWebAclSource webAcls) : WafOperation<CreateIpSetRequest, CreateEntityResponse>
{
    public override string Name => "CreateIPSet";

    protected override OperationDeclaration<CreateIpSetRequest> Declaration { get; } = new()
    {
        Action = "wafv2:CreateIPSet",
        ReadOnly = false,
        Resources = (request, call) => [WafArn.ForCreation(call.Region, call.AccountId, WafScope.Of(request.Scope, call), EntityKind.IpSet.ArnSegment, request.Name)],
        RequestTags = request => WafTags.ToDictionary(request.Tags),
    };

    protected override async Task<CreateEntityResponse> HandleAsync(CreateIpSetRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var scope = WafScope.Of(request.Scope, call);
        var tags = WafTags.Validate(request.Tags);
        var settings = new JsonObject
        {
            ["Description"] = request.Description,
            ["IPAddressVersion"] = request.IPAddressVersion,
            ["Addresses"] = new JsonArray([.. IpAddressList.Check(request.Addresses, request.IPAddressVersion).Select(a => (JsonNode)a)]),
        };
        var record = await new EntityStore(store, webAcls).CreateAsync(call, EntityKind.IpSet, scope, request.Name, settings, tags, [], cancellationToken);
        return new CreateEntityResponse(EntitySummary.Of(record));
    }
}
