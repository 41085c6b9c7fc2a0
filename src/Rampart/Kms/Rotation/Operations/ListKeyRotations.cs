using System.Globalization;
using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Rotation.Operations;

public sealed record ListKeyRotationsRequest(string KeyId, string? IncludeKeyMaterial, int? Limit, string? Marker);

public sealed record RotationsListEntry(
    string KeyId, string? KeyMaterialId, string KeyMaterialState, DateTimeOffset? RotationDate, string? RotationType);

public sealed record ListKeyRotationsResponse(IReadOnlyList<RotationsListEntry> Rotations, string? NextMarker, bool Truncated);

/// <summary>Lists a key's rotations oldest first (with IncludeKeyMaterial ALL_KEY_MATERIAL, its first material too).</summary>
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
        var remaining = key.Materials.Where(m => (all || m.RotationDate is not null) && m.Version > after).ToList();
        var page = remaining.Take(request.Limit ?? DefaultLimit).ToList();
        var truncated = page.Count < remaining.Count;
        return new ListKeyRotationsResponse(
            [.. page.Select(m => new RotationsListEntry(key.KeyId, m.MaterialId, m.Version == current ? "CURRENT" : "NON_CURRENT", m.RotationDate, m.RotationType))],
            truncated ? KmsMarker.Write(page[^1].Version.ToString(CultureInfo.InvariantCulture)) : null,
            truncated);
    }
}
