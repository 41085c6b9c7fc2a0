using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.WebAcls;

public sealed class DeleteWebAcl(IStore store, StoreWebAclSource webAcls) : DeleteEntityOperation(store, webAcls)
{
    protected override EntityKind Kind => EntityKind.WebAcl;
}
