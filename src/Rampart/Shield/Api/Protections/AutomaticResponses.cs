using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;
using Rampart.Waf;

namespace Rampart.Shield.Api.Protections;

/// <summary>Shield Advanced's application layer automatic DDoS mitigation for a protected resource, which needs a
/// web ACL in front of the resource for the rules it manages.</summary>
public sealed class AutomaticResponses(IStore store, IWebAclSource webAcls)
{
    public async Task ChangeAsync(CallContext call, string resourceArn, Func<AutomaticResponse?, AutomaticResponse?> change, CancellationToken cancellationToken)
    {
        var protections = new ProtectionStore(store);
        var (record, version) = await protections.GetByResourceAsync(call.AccountId, resourceArn, cancellationToken);
        if (await webAcls.FindForResourceAsync(resourceArn, cancellationToken) is null)
        {
            throw ShieldErrors.InvalidOperation("The resource must be associated with a web ACL to use application layer automatic response.");
        }
        var current = record.ApplicationLayerAutomaticResponseConfiguration is { Status: "ENABLED" } enabled ? enabled : null;
        await protections.ReplaceAsync(call.AccountId, record with { ApplicationLayerAutomaticResponseConfiguration = change(current) }, version, cancellationToken);
    }
}
