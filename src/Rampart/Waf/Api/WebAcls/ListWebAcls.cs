using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.WebAcls;

public sealed class ListWebAcls(IStore store, StoreWebAclSource webAcls) : ListEntitiesOperation(store, webAcls)
{
    protected override EntityKind Kind => EntityKind.WebAcl;
}
