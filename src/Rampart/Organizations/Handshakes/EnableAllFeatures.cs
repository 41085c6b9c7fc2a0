using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Handshakes;

public sealed record EnableAllFeaturesRequest;

/// <summary>Starts moving a consolidated-billing organization to all features: an ENABLE_ALL_FEATURES handshake for
/// the management account and an APPROVE_ALL_FEATURES handshake for every invited member. The organization has
/// all features once every member has approved and the management account accepts its handshake.</summary>
public sealed class EnableAllFeatures(IStore store) : OrganizationsOperation<EnableAllFeaturesRequest, HandshakeResponse>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public override string Name => "EnableAllFeatures";

    protected override OperationDeclaration<EnableAllFeaturesRequest> Declaration { get; } = new()
    {
        Action = "organizations:EnableAllFeatures",
        ReadOnly = false,
    };

    protected override async Task<HandshakeResponse> HandleAsync(EnableAllFeaturesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        if (organization.HasAllFeatures)
        {
            throw OrgErrors.HandshakeConstraint("ORGANIZATION_ALREADY_HAS_ALL_FEATURES", "This organization has already enabled all features.");
        }
        var handshakes = new HandshakeStore(store);
        await foreach (var item in OrgPaging.AllAsync(store, OrgCollections.HandshakeOfOrganization, organization.Id, null, cancellationToken))
        {
            if (await handshakes.FindAsync(item.Key.Key, cancellationToken) is { Record: var pending }
                && pending.Action == HandshakeRecord.EnableAllFeatures && pending.StateAt(call.Time) == HandshakeRecord.Open)
            {
                throw OrgErrors.HandshakeConstraint(
                    "ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION", "The organization is already in the process of enabling all features.");
            }
        }
        var enable = New(organization, HandshakeRecord.EnableAllFeatures, organization.Id, "ORGANIZATION",
            HandshakeStore.AccountParty(organization.ManagementAccountId), call.Time, null);
        var writes = new List<StoreWrite>(HandshakeStore.Create(enable));
        await foreach (var item in OrgPaging.AllAsync(store, OrgCollections.Account, organization.Id, null, cancellationToken))
        {
            var member = OrgJson.Read<MemberAccountRecord>(item.Json);
            if (member.JoinedMethod == MemberAccountRecord.Invited && member.Id != organization.ManagementAccountId)
            {
                writes.AddRange(HandshakeStore.Create(New(organization, HandshakeRecord.ApproveAllFeatures, member.Id, "ACCOUNT",
                    HandshakeStore.AccountParty(member.Id), call.Time, enable.Id)));
            }
        }
        await store.CommitAsync(writes, cancellationToken);
        return new HandshakeResponse(HandshakeOutput.Of(enable, call.Time));
    }

    private static HandshakeRecord New(
        OrganizationRecord organization, string action, string targetId, string targetType, string partyKey, DateTimeOffset now, string? parentId) => new(
        OrgIds.NewHandshakeId(), organization.Id, organization.ManagementAccountId, organization.ManagementAccountEmail,
        organization.ManagementAccountName, organization.FeatureSet, action, targetId, targetType, partyKey,
        HandshakeRecord.Open, now, now + Lifetime, null, parentId);
}
