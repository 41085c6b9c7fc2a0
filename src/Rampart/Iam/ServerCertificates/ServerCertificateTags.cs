using Rampart.Iam.Common;
using Rampart.Iam.Tagging;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.ServerCertificates;

/// <summary>Server certificates as tagged entities: the tags live in the certificate's record.</summary>
public sealed class ServerCertificateTags(IStore store) : ITaggedEntities
{
    private readonly ServerCertificateDirectory directory = new(store);

    public string Kind => "ServerCertificate";

    public string Arn(CallContext call, string id) => IamArn.Of(call.AccountId, "server-certificate", null, id);

    public async ValueTask<IReadOnlyList<IamTag>> TagsOfAsync(string accountId, string id, CancellationToken cancellationToken) =>
        (await directory.RequireAsync(accountId, id, cancellationToken)).Certificate.Tags;

    public async ValueTask ChangeTagsAsync(string accountId, string id, Func<IReadOnlyList<IamTag>, IReadOnlyList<IamTag>> change, CancellationToken cancellationToken) =>
        await StoreRetry.RunAsync(async token =>
        {
            var (current, version) = await directory.RequireAsync(accountId, id, token);
            return await store.CommitAsync([.. ServerCertificateDirectory.Replace(current, version, current with { Tags = change(current.Tags) })], token);
        }, cancellationToken: cancellationToken);
}
