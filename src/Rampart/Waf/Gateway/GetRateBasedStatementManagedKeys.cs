using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Protocol;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Gateway;

public sealed record GetRateBasedStatementManagedKeysRequest(string Scope, string WebACLName, string WebACLId, string? RuleGroupRuleName, string RuleName);

public sealed record ManagedKeysIPSet(string IPAddressVersion, IReadOnlyList<string> Addresses);

public sealed record GetRateBasedStatementManagedKeysResponse(ManagedKeysIPSet ManagedKeysIPV4, ManagedKeysIPSet ManagedKeysIPV6);

/// <summary>
/// The addresses a rate-based rule is rate limiting now, as counted on this server's gateways. Only rules that
/// aggregate on IP or FORWARDED_IP have such keys; a rule inside a rule group is named by the web ACL rule that
/// references the group (RuleName) and its own name (RuleGroupRuleName).
/// </summary>
public sealed class GetRateBasedStatementManagedKeys(IStore store, StoreWebAclSource webAcls, GatewayContext gateways)
    : WafOperation<GetRateBasedStatementManagedKeysRequest, GetRateBasedStatementManagedKeysResponse>
{
    public override string Name => "GetRateBasedStatementManagedKeys";

    protected override OperationDeclaration<GetRateBasedStatementManagedKeysRequest> Declaration { get; } = new()
    {
        Action = "wafv2:GetRateBasedStatementManagedKeys",
        ReadOnly = true,
        Resources = (request, call) => [EntityArns.Of(request.WebACLName, request.Scope, request.WebACLId, call, EntityKind.WebAcl)],
    };

    protected override async Task<GetRateBasedStatementManagedKeysResponse> HandleAsync(GetRateBasedStatementManagedKeysRequest request,
        CallContext call, CancellationToken cancellationToken)
    {
        var entities = new EntityStore(store, webAcls);
        var webAcl = await entities.GetAsync(call, EntityKind.WebAcl, WafScope.Of(request.Scope, call), request.WebACLName, request.WebACLId, cancellationToken);
        var rule = RuleNamed(webAcl.Record.Document, request.RuleName);
        if (request.RuleGroupRuleName is { } inner)
        {
            var groupArn = rule["Statement"]?["RuleGroupReferenceStatement"]?["ARN"]?.GetValue<string>()
                ?? throw WafErrors.InvalidParameter("RULE", request.RuleName, WafErrors.Reasons.InvalidReference);
            var group = await entities.FindByArnAsync(groupArn, cancellationToken) ?? throw WafErrors.Nonexistent();
            rule = RuleNamed(group.Record.Document, inner);
        }
        var rateBased = rule["Statement"]?["RateBasedStatement"] as JsonObject
            ?? throw WafErrors.InvalidParameter("RATE_BASED_STATEMENT", request.RuleGroupRuleName ?? request.RuleName, "The rule is not a rate-based rule.");
        if (rateBased["AggregateKeyType"]?.GetValue<string>() is not ("IP" or "FORWARDED_IP"))
        {
            throw new AwsException("WAFUnsupportedAggregateKeyTypeException",
                "The rule that you've named doesn't aggregate solely on the IP address or solely on the forwarded IP address. " +
                "This call is only available for rate-based rules with an AggregateKeyType setting of IP or FORWARDED_IP.");
        }
        var keys = gateways.Runtime.RateLimitedAddresses(webAcl.Record.Arn, request.RuleName, request.RuleGroupRuleName);
        return new GetRateBasedStatementManagedKeysResponse(new ManagedKeysIPSet("IPV4", keys.IPv4Addresses), new ManagedKeysIPSet("IPV6", keys.IPv6Addresses));
    }

    private static JsonObject RuleNamed(JsonObject definition, string name) =>
        (definition["Rules"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(rule => rule["Name"]?.GetValue<string>() == name)
        ?? throw WafErrors.Nonexistent();
}
