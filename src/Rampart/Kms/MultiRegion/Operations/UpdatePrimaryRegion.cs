using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.MultiRegion.Operations;

public sealed record UpdatePrimaryRegionRequest(string KeyId, string PrimaryRegion);

/// <summary>Makes the replica in another Region the primary key; the old primary becomes a replica. Both must be Enabled.</summary>
public sealed class UpdatePrimaryRegion(IStore store, KeyArnResolver arns, KeyCache keys) : KmsOperation<UpdatePrimaryRegionRequest, EmptyResponse>
{
    public override string Name => "UpdatePrimaryRegion";

    /// <summary>As in AWS, the call needs kms:UpdatePrimaryRegion on the primary key and on the replica that becomes primary.</summary>
    protected override OperationDeclaration<UpdatePrimaryRegionRequest> Declaration { get; } = new()
    {
        Action = "kms:UpdatePrimaryRegion",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (request, call) => new KmsConditionKeys(call).Set("kms:PrimaryRegion", request.PrimaryRegion).Keys,
        AlsoRequired =
        [
            new()
            {
                Action = "kms:UpdatePrimaryRegion",
                ReadOnly = false,
                Resources = (request, call) => [NewPrimaryArn(arns.KeyArn(request.KeyId, call), request.PrimaryRegion)],
                ContextKeys = (request, call) => new KmsConditionKeys(call).Set("kms:PrimaryRegion", request.PrimaryRegion).Keys,
            },
        ],
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdatePrimaryRegionRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new KeyUpdater(store, keys).UpdateAllCopiesAsync(request.KeyId, call,
            key =>
            {
                if (key.MultiRegion is not { } links)
                {
                    throw KmsErrors.Unsupported($"{key.Arn} is not a multi-Region key.");
                }
                if (!key.IsPrimary)
                {
                    throw KmsErrors.Unsupported($"{key.Arn} is not the primary key; call UpdatePrimaryRegion on the primary key in {links.PrimaryRegion}.");
                }
                RequireEnabled(key);
                if (!links.ReplicaRegions.Contains(request.PrimaryRegion))
                {
                    throw KmsErrors.NotFound($"Multi-Region key {key.KeyId} has no replica in {request.PrimaryRegion}.");
                }
            },
            copy =>
            {
                if (copy.Region == request.PrimaryRegion)
                {
                    RequireEnabled(copy);
                }
                return copy with
                {
                    MultiRegion = new MultiRegionLinks(
                        request.PrimaryRegion,
                        [.. copy.MultiRegion!.AllRegions.Where(region => region != request.PrimaryRegion)]),
                };
            },
            cancellationToken);
        return new EmptyResponse();
    }

    /// <summary>As in AWS, both the primary key and the replica that becomes primary must be Enabled.</summary>
    private static void RequireEnabled(KeyRecord key)
    {
        switch (key.KeyState)
        {
            case KeyState.Disabled:
                throw KmsErrors.Disabled(key.Arn);
            case KeyState.PendingImport:
                throw KmsErrors.PendingImport(key.Arn);
            case not KeyState.Enabled:
                throw KmsErrors.PendingDeletion(key.Arn);
        }
    }

    private static string NewPrimaryArn(string keyArn, string region)
    {
        var fields = keyArn.Split(':', 6);
        return fields.Length == 6 ? KmsArn.Key(region, fields[4], fields[5].Replace("key/", "", StringComparison.Ordinal)) : keyArn;
    }
}
