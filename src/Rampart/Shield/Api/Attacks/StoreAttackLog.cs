using Rampart.Shield.Api.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Shield.Api.Attacks;

/// <summary>The attacks the gateway's defences detect, stored per account of the attacked resource under
/// <see cref="ShieldCollections.Attack"/> by attack ID (a later report of the same attack replaces the earlier).</summary>
public sealed class StoreAttackLog(IStore store) : IAttackLog
{
    public async ValueTask RecordAsync(DetectedAttack attack, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attack);
        await store.PutAsync(new ItemKey(ShieldCollections.Attack, AccountOf(attack.ResourceArn), attack.AttackId), ShieldJson.Write(attack), cancellationToken: cancellationToken);
    }

    public async Task<DetectedAttack?> FindAsync(string accountId, string attackId, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(new ItemKey(ShieldCollections.Attack, accountId, attackId), cancellationToken);
        return item is null ? null : ShieldJson.Read<DetectedAttack>(item.Json);
    }

    /// <summary>Every attack on the account's resources, newest first.</summary>
    public async Task<IReadOnlyList<DetectedAttack>> AllAsync(string accountId, CancellationToken cancellationToken)
    {
        var all = new List<DetectedAttack>();
        string? after = null;
        do
        {
            var page = await store.ListAsync(new ListQuery(ShieldCollections.Attack, accountId, null, after, ListQuery.MaxLimit), cancellationToken);
            all.AddRange(page.Items.Select(item => ShieldJson.Read<DetectedAttack>(item.Json)));
            after = page.NextStartAfter;
        }
        while (after is not null);
        return [.. all.OrderByDescending(attack => attack.StartTime).ThenBy(attack => attack.AttackId, StringComparer.Ordinal)];
    }

    /// <summary>The account of a resource ARN (its fifth field); an ARN without one is rejected.</summary>
    private static string AccountOf(string resourceArn)
    {
        var fields = resourceArn.Split(':');
        return fields.Length >= 6 && fields[4].Length == 12
            ? fields[4]
            : throw new ArgumentException($"The attacked resource ARN '{resourceArn}' names no account.", nameof(resourceArn));
    }
}
