using System.Globalization;
using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Rotation.Operations;

public sealed record ListKeyRotationsRequest(string KeyId, string? IncludeKeyMaterial, int? Limit, string? Marker);

public sealed record RotationsListEntry(
    string KeyId,
    string? KeyMaterialId,
    string? KeyMaterialDescription,
    string? ImportState,
    string KeyMaterialState,
    string? ExpirationModel,
    DateTimeOffset? ValidTo,
    DateTimeOffset? RotationDate,
    string? RotationType);

public sealed record ListKeyRotationsResponse(IReadOnlyList<RotationsListEntry> Rotations, string? NextMarker, bool Truncated);

/// <summary>Lists a key's rotations oldest first (with IncludeKeyMaterial ALL_KEY_MATERIAL, its first material and any
/// imported material pending rotation too). Entries of imported material carry its import state, expiry and
/// description; material a multi-Region primary key waits to see imported into its replicas is
/// PENDING_MULTI_REGION_IMPORT_AND_ROTATION.</summary>
public sealed class ListKeyRotations(IStore store, KeyArnResolver arns) : KmsOperation<ListKeyRotationsRequest, ListKeyRotationsResponse>
{
    private const int DefaultLimit = 100;

    public override string Name => "ListKeyRotations";

    protected override OperationDeclaration<ListKeyRotationsRequest> Declaration { get; } = new()
    {
        Action = "kms:ListKeyRotations",
        ReadOnly = true,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<ListKeyRotationsResponse> HandleAsync(ListKeyRotationsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: false, cancellationToken)).Key;
        if (key.KeySpec != KeySpecs.SymmetricDefault)
        {
            throw KmsErrors.Unsupported($"{key.Arn} key spec is {key.KeySpec}, which is not valid for {Name}.");
        }
        if (KeyState.IsPendingDeletion(key.KeyState))
        {
            throw KmsErrors.PendingDeletion(key.Arn);
        }
        var all = request.IncludeKeyMaterial switch
        {
            null or "ROTATIONS_ONLY" => false,
            "ALL_KEY_MATERIAL" => true,
            _ => throw KmsErrors.Validation($"IncludeKeyMaterial {request.IncludeKeyMaterial} is not valid."),
        };
        var after = KmsMarker.Read(request.Marker) is { } marker ? int.Parse(marker, CultureInfo.InvariantCulture) : 0;
        var current = key.Materials.Count > 0 ? key.CurrentMaterial.Version : -1;
        var entries = key.Materials
            .Where(m => all || m.RotationDate is not null)
            .Select(m => Entry(key, m, m.Version == current ? "CURRENT" : "NON_CURRENT"))
            .ToList();
        if (all && key.Import?.PendingRotation is { } pending)
        {
            var state = key.IsMultiRegion && key.IsPrimary && await AwaitsReplicaImportAsync(key, pending, cancellationToken)
                ? "PENDING_MULTI_REGION_IMPORT_AND_ROTATION"
                : "PENDING_ROTATION";
            entries.Add(Entry(key, pending, state));
        }
        var remaining = entries.Where(e => e.Version > after).ToList();
        var page = remaining.Take(request.Limit ?? DefaultLimit).ToList();
        var truncated = page.Count < remaining.Count;
        return new ListKeyRotationsResponse(
            [.. page.Select(e => e.Entry)],
            truncated ? KmsMarker.Write(page[^1].Version.ToString(CultureInfo.InvariantCulture)) : null,
            truncated);
    }

    private static (int Version, RotationsListEntry Entry) Entry(KeyRecord key, KeyMaterialRecord material, string state)
    {
        var imported = key.Origin == KeyOrigins.External;
        return (material.Version, new RotationsListEntry(
            key.KeyId, material.MaterialId, imported ? material.Description : null, imported ? (material.IsPresent ? "IMPORTED" : "PENDING_IMPORT") : null,
            state, imported ? material.ExpirationModel : null, imported ? material.ValidTo : null, material.RotationDate, material.RotationType));
    }

    /// <summary>Whether some replica of a multi-Region primary key does not yet hold the material pending rotation.</summary>
    private async Task<bool> AwaitsReplicaImportAsync(KeyRecord key, KeyMaterialRecord pending, CancellationToken cancellationToken)
    {
        var directory = new KeyDirectory(store);
        foreach (var region in key.MultiRegion!.ReplicaRegions)
        {
            var replica = await directory.FindAsync(key.AccountId, region, key.KeyId, cancellationToken);
            if (replica?.Key.Import?.PendingRotation is not { IsPresent: true } held || held.MaterialId != pending.MaterialId)
            {
                return true;
            }
        }
        return false;
    }
}
