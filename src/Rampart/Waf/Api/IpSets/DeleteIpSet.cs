using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.IpSets;

public sealed class DeleteIpSet(IStore store, StoreWebAclSource webAcls) : DeleteEntityOperation(store, webAcls)
{
    protected override EntityKind Kind => EntityKind.IpSet;
}
