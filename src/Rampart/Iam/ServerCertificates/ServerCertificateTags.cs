using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.ServerCertificates;

/// <summary>Read-modify-write of a server certificate's tags, retried when another writer changed it meanwhile.</summary>
internal static class ServerCertificateTags
{
    public static async ValueTask ChangeAsync(
        IStore store, string accountId, string name, Func<IReadOnlyList<IamTag>, IReadOnlyList<IamTag>> change, CancellationToken cancellationToken)
    {
        var directory = new ServerCertificateDirectory(store);
        await StoreRetry.RunAsync(async token =>
        {
            var (current, version) = await directory.RequireAsync(accountId, name, token);
            return await store.CommitAsync([.. ServerCertificateDirectory.Replace(current, version, current with { Tags = change(current.Tags) })], token);
        }, cancellationToken: cancellationToken);
    }
}
