using Rampart.Organizations.Common;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Delegation;

public static class DelegationKeys
{
    public static ItemKey Of(string organizationId, string accountId, string servicePrincipal) =>
        new(OrgCollections.Delegation, organizationId, accountId + "/" + servicePrincipal);
}
