using Rampart.Authorization;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.Enforcement;

/// <summary>WAFv2 entities as authorization sees them: their account and tags (aws:ResourceTag/*).</summary>
public sealed class WafResourceLookup(IStore store, StoreWebAclSource webAcls) : IResourceLookup
{
    public string ArnService => "wafv2";

    public async ValueTask<ResourceFacts?> FindAsync(string arn, CancellationToken cancellationToken)
    {
        var loaded = await new EntityStore(store, webAcls).FindByArnAsync(arn, cancellationToken);
        return loaded is null ? null : new ResourceFacts(loaded.Record.Arn.Split(':')[4], WafTags.ToDictionary(loaded.Record.Tags), null);
    }
}
