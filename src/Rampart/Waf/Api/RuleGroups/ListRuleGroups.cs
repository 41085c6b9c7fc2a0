using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.RuleGroups;

public sealed class ListRuleGroups(IStore store, StoreWebAclSource webAcls) : ListEntitiesOperation(store, webAcls)
{
    protected override EntityKind Kind => EntityKind.RuleGroup;
}
