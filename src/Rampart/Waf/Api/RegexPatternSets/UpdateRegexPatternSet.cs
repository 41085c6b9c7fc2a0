using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;
using Rampart.Waf.Api.WebAcls;

namespace Rampart.Waf.Api.RegexPatternSets;

public sealed record UpdateRegexPatternSetRequest(string Name, string Scope, string Id, string? Description, IReadOnlyList<RegexList.Regex> RegularExpressionList, string LockToken);

/// <summary>Replaces a regex pattern set's expressions (and description).</summary>
public sealed class UpdateRegexPatternSet(IStore store, StoreWebAclSource webAcls) : WafOperation<UpdateRegexPatternSetRequest, UpdateEntityResponse>
{
    public override string Name => "UpdateRegexPatternSet";

    protected override OperationDeclaration<UpdateRegexPatternSetRequest> Declaration { get; } = new()
    {
        Action = "wafv2:UpdateRegexPatternSet",
        ReadOnly = false,
        Resources = (request, call) => [EntityArns.Of(request.Name, request.Scope, request.Id, call, EntityKind.RegexPatternSet)],
    };

    protected override async Task<UpdateEntityResponse> HandleAsync(UpdateRegexPatternSetRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var entities = new EntityStore(store, webAcls);
        var existing = await entities.GetAsync(call, EntityKind.RegexPatternSet, WafScope.Of(request.Scope, call), request.Name, request.Id, cancellationToken);
        var settings = new JsonObject
        {
            ["Description"] = request.Description,
            ["RegularExpressionList"] = RegexList.Check(request.RegularExpressionList),
        };
        return new UpdateEntityResponse(await entities.UpdateAsync(call, existing, request.LockToken, settings, [], cancellationToken));
    }
}
