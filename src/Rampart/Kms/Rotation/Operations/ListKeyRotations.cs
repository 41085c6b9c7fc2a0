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
/// imported material pending rotation too). Entries of imported material carry its import state, and the current
/// and pending ones their expiry and description.</summary>
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
        var import = key.Origin == KeyOrigins.External ? key.Import : null;
        var entries = key.Materials
            .Where(m => all || m.RotationDate is not null)
            .Select(m => m.Version == current
                ? Entry(key, m, "CURRENT", import?.ExpirationModel, import?.ValidTo, import?.Description)
                : Entry(key, m, "NON_CURRENT", null, null, null))
            .ToList();
        if (all && import?.Pending is { } pending)
        {
            entries.Add(Entry(key, pending.Material, "PENDING_ROTATION", pending.ExpirationModel, pending.ValidTo, pending.Description));
        }
        var remaining = entries.Where(e => e.Version > after).ToList();
        var page = remaining.Take(request.Limit ?? DefaultLimit).ToList();
        var truncated = page.Count < remaining.Count;
        return new ListKeyRotationsResponse(
            [.. page.Select(e => e.Entry)],
            truncated ? KmsMarker.Write(page[^1].Version.ToString(CultureInfo.InvariantCulture)) : null,
            truncated);
    }

    private static (int Version, RotationsListEntry Entry) Entry(
        KeyRecord key, KeyMaterialRecord material, string state, string? expirationModel, DateTimeOffset? validTo, string? description)
    {
        var imported = key.Origin == KeyOrigins.External;
        return (material.Version, new RotationsListEntry(
            key.KeyId, material.MaterialId, imported ? description : null, imported ? "IMPORTED" : null, state,
            imported ? expirationModel : null, imported ? validTo : null, material.RotationDate, material.RotationType));
    }
}
