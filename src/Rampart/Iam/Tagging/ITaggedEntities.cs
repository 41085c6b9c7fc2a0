using Rampart.Iam.Common;
using Rampart.Operations;

namespace Rampart.Iam.Tagging;

/// <summary>One kind of IAM entity that carries its tags in its own record (users, roles, instance profiles, server
/// certificates, virtual MFA devices), named in requests by a name or serial number.</summary>
public interface ITaggedEntities
{
    /// <summary>The kind as IAM spells it in its operations and quotas: "User" in TagUser and TagsPerUser.</summary>
    string Kind { get; }

    /// <summary>The ARN a call on the entity is authorized against.</summary>
    string Arn(CallContext call, string id);

    /// <summary>The entity's tags, or IAM's NoSuchEntity for it.</summary>
    ValueTask<IReadOnlyList<IamTag>> TagsOfAsync(string accountId, string id, CancellationToken cancellationToken);

    /// <summary>Read-modify-write of the entity's tags, retried when another writer changed the entity meanwhile.</summary>
    ValueTask ChangeTagsAsync(string accountId, string id, Func<IReadOnlyList<IamTag>, IReadOnlyList<IamTag>> change, CancellationToken cancellationToken);
}
