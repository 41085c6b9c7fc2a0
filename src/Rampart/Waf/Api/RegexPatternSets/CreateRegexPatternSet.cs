using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;
using Rampart.Waf.Api.WebAcls;

namespace Rampart.Waf.Api.RegexPatternSets;

public sealed record CreateRegexPatternSetRequest(string Name, string Scope, string? Description, IReadOnlyList<RegexList.Regex> RegularExpressionList, IReadOnlyList<WafTag>? Tags);

/// <summary>Creates a regex pattern set.</summary>
public sealed class CreateRegexPatternSet(IStore store, StoreWebAclSource webAcls) : WafOperation<CreateRegexPatternSetRequest, CreateEntityResponse>
{
    public override string Name => "CreateRegexPatternSet";

    protected override OperationDeclaration<CreateRegexPatternSetRequest> Declaration { get; } = new()
    {
        Action = "wafv2:CreateRegexPatternSet",
        ReadOnly = false,
        Resources = (request, call) => [WafArn.ForCreation(call.Region, call.AccountId, WafScope.Of(request.Scope, call), EntityKind.RegexPatternSet.ArnSegment, request.Name)],
        RequestTags = request => WafTags.ToDictionary(request.Tags),
    };

    protected override async Task<CreateEntityResponse> HandleAsync(CreateRegexPatternSetRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var scope = WafScope.Of(request.Scope, call);
        var tags = WafTags.Validate(request.Tags);
        var settings = new JsonObject
        {
            ["Description"] = request.Description,
            ["RegularExpressionList"] = RegexList.Check(request.RegularExpressionList),
        };
        var record = await new EntityStore(store, webAcls).CreateAsync(call, EntityKind.RegexPatternSet, scope, request.Name, settings, tags, [], cancellationToken);
        return new CreateEntityResponse(EntitySummary.Of(record));
    }
}
