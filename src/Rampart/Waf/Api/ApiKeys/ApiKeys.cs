using System.Security.Cryptography;
using System.Text;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.ApiKeys;

/// <summary>
/// API keys for the JavaScript CAPTCHA integration, stored under <see cref="WafCollections.ApiKey"/> (partition
/// account/region, key "SCOPE/sha256-of-key"): random, unguessable strings that name the token domains they serve.
/// </summary>
public sealed class ApiKeys(IStore store, StoreWebAclSource webAcls)
{
    /// <summary>The most token domains one key may carry.</summary>
    public const int MaxTokenDomains = 5;

    /// <summary>AWS's limit on API keys per account and region.</summary>
    public const int MaxKeys = 100;

    public async Task<ApiKeyRecord> CreateAsync(CallContext call, WafScope scope, IReadOnlyList<string> tokenDomains, CancellationToken cancellationToken)
    {
        if (tokenDomains.Count > MaxTokenDomains)
        {
            throw WafErrors.InvalidParameter("TOKEN_DOMAIN", "TokenDomains", WafErrors.Reasons.AboveMaximum);
        }
        var partition = WafCollections.Partition(call.AccountId, call.Region);
        if (await store.CountAsync(WafCollections.ApiKey, partition, cancellationToken) >= MaxKeys)
        {
            throw WafErrors.LimitsExceeded();
        }
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(96));
        var record = new ApiKeyRecord(key, tokenDomains, call.Time, 1);
        await new EntityStore(store, webAcls).CommitAsync(
            [new StoreWrite.Put(ItemKeyOf(partition, scope, key), WafJson.Write(record), StoreWrite.Absent)], conflictIsDuplicate: true, cancellationToken);
        return record;
    }

    public async Task<ApiKeyRecord> GetAsync(CallContext call, WafScope scope, string apiKey, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(ItemKeyOf(WafCollections.Partition(call.AccountId, call.Region), scope, apiKey), cancellationToken)
            ?? throw WafErrors.Nonexistent();
        var record = WafJson.Read<ApiKeyRecord>(item.Json);
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(record.APIKey), Encoding.UTF8.GetBytes(apiKey))
            ? record
            : throw WafErrors.Nonexistent();
    }

    public async Task DeleteAsync(CallContext call, WafScope scope, string apiKey, CancellationToken cancellationToken)
    {
        await GetAsync(call, scope, apiKey, cancellationToken);
        await new EntityStore(store, webAcls).CommitAsync(
            [new StoreWrite.Delete(ItemKeyOf(WafCollections.Partition(call.AccountId, call.Region), scope, apiKey))], conflictIsDuplicate: false, cancellationToken);
    }

    public async Task<(IReadOnlyList<ApiKeyRecord> Keys, string? NextMarker)> ListAsync(CallContext call, WafScope scope, string? marker, int? limit, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(new ListQuery(
            WafCollections.ApiKey, WafCollections.Partition(call.AccountId, call.Region), $"{scope.Name}/", WafMarker.Read(marker), limit ?? WafMarker.DefaultLimit), cancellationToken);
        return ([.. page.Items.Select(item => WafJson.Read<ApiKeyRecord>(item.Json))], WafMarker.Write(page.NextStartAfter));
    }

    private static ItemKey ItemKeyOf(string partition, WafScope scope, string apiKey) =>
        new(WafCollections.ApiKey, partition, $"{scope.Name}/{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)))}");
}
