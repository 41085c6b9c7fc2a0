using Rampart.Caching;
using Rampart.Organizations.Common;
using Rampart.Storage;
using Rampart.Storage.Changes;

namespace Rampart.Organizations.Handshakes;

/// <summary>The ARN of a handshake for declarations, which are synchronous: a handshake's ARN never changes, so it
/// is read once and kept until the handshake is deleted. An unknown ID authorizes on "*"; the handler then answers
/// HandshakeNotFoundException.</summary>
public sealed class HandshakeArns(IStore store) : ICacheInvalidator
{
    private readonly InvalidatingCache<string, string?> arns = new(change => change.Item!.Collection == OrgCollections.Handshake
        ? CacheImpact<string>.One(change.Item.Key)
        : CacheImpact<string>.None);

    public IReadOnlyList<string> Of(string handshakeId)
    {
        var lookup = arns.GetOrLoadAsync(handshakeId, async (id, token) =>
            await new HandshakeStore(store).FindAsync(id, token) is { Record: var handshake }
                ? OrgArns.Handshake(handshake.ManagementAccountId, handshake.OrganizationId, handshake.Action, handshake.Id)
                : null, CancellationToken.None);
        var arn = lookup.IsCompleted ? lookup.Result : lookup.AsTask().GetAwaiter().GetResult();
        return [arn ?? "*"];
    }

    public void Invalidate(StoreChange change) => arns.Invalidate(change);
}
