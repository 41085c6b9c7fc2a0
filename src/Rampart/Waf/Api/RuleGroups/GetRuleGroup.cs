using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.RuleGroups;

public sealed class GetRuleGroup(IStore store, StoreWebAclSource webAcls) : GetEntityOperation(store, webAcls)
{
    protected override EntityKind Kind => EntityKind.RuleGroup;
}
