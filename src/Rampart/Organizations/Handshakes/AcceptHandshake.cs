using Rampart.Identity;
using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tagging;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Handshakes;

/// <summary>
/// Accepts a handshake as its party. An invitation makes the caller's account a member under the root; an approval
/// of all features is recorded; the management account accepting ENABLE_ALL_FEATURES, once every invited member
/// has approved, switches the organization to all features.
/// </summary>
public sealed class AcceptHandshake(IStore store, OrganizationDirectory directory, HandshakeArns arns)
    : OrganizationsOperation<HandshakeIdRequest, HandshakeResponse>
{
    public override string Name => "AcceptHandshake";

    protected override OperationDeclaration<HandshakeIdRequest> Declaration { get; } = new()
    {
        Action = "organizations:AcceptHandshake",
        ReadOnly = false,
        Resources = (request, _) => arns.Of(request.HandshakeId),
    };

    protected override async Task<HandshakeResponse> HandleAsync(HandshakeIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var parties = new HandshakeParties(store);
        var current = await new HandshakeStore(store).RequireAsync(request.HandshakeId, cancellationToken);
        var handshake = current.Record;
        var isParty = handshake.Action == HandshakeRecord.EnableAllFeatures
            ? handshake.ManagementAccountId == call.AccountId
            : await parties.IsPartyAsync(handshake, call.AccountId, cancellationToken);
        if (!isParty)
        {
            throw handshake.ManagementAccountId == call.AccountId ? OrgErrors.AccessDenied() : OrgErrors.HandshakeNotFound();
        }
        HandshakeTransition.Check(handshake, HandshakeRecord.Accepted, call.Time);
        var organization = await new OrganizationStore(store).FindAsync(handshake.OrganizationId, cancellationToken)
            ?? throw OrgErrors.InvalidHandshakeTransition(handshake.State);
        var accepted = handshake with { State = HandshakeRecord.Accepted };
        var writes = new List<StoreWrite> { HandshakeStore.Replace(current, accepted) };
        switch (handshake.Action)
        {
            case HandshakeRecord.Invite:
                writes.AddRange(await JoinAsync(organization.Record, handshake, call, cancellationToken));
                break;
            case HandshakeRecord.EnableAllFeatures:
                await RequireApprovalsAsync(handshake, call.Time, cancellationToken);
                writes.Add(new StoreWrite.Put(
                    TreeKeys.Organization(organization.Record.Id),
                    OrgJson.Write(organization.Record with { FeatureSet = OrganizationRecord.AllFeatures }),
                    organization.Version));
                break;
            case HandshakeRecord.TransferResponsibility:
                if (organization.Record.ManagementAccountId == call.AccountId
                    || (await new OrganizationStore(store).OfAccountAsync(call.AccountId, cancellationToken))?.Record.ManagementAccountId != call.AccountId)
                {
                    throw OrgErrors.HandshakeConstraint(
                        "SOURCE_AND_TARGET_CANNOT_MATCH", "Only the management account of another organization can accept a responsibility transfer.");
                }
                writes.AddRange(await Transfers.TransferHandshakes.FollowAsync(store, handshake, Transfers.TransferRecord.Accepted, cancellationToken));
                break;
        }
        try
        {
            await store.CommitAsync(writes, cancellationToken);
        }
        catch (ConcurrencyConflictException conflict) when (conflict.Key.Collection == OrgCollections.Membership)
        {
            throw AlreadyMember();
        }
        directory.Forget(call.AccountId);
        return new HandshakeResponse(HandshakeOutput.Of(accepted, call.Time));
    }

    private async ValueTask<IEnumerable<StoreWrite>> JoinAsync(
        OrganizationRecord organization, HandshakeRecord handshake, CallContext call, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(TreeKeys.Membership(call.AccountId), cancellationToken) is not null)
        {
            throw AlreadyMember();
        }
        var identity = await store.GetAsync(AccountRecord.KeyOf(call.AccountId), cancellationToken)
            ?? throw OrgErrors.AccountNotFound();
        var email = OrgJson.Read<AccountRecord>(identity.Json).RootEmail;
        // An invited account keeps no name Rampart knows of; its ID stands for it, as for the management account.
        var member = new MemberAccountRecord(
            organization.Id, call.AccountId, call.AccountId, email, organization.RootId,
            MemberAccountRecord.Active, MemberAccountRecord.Invited, call.Time);
        return
        [
            .. OrganizationStore.Join(member, new ParentNode(organization.RootId, ParentNode.Root, [], 0)),
            new StoreWrite.Put(TreeKeys.Email(email), OrgJson.Write(new EmailEntry(call.AccountId))),
            .. OrgTags.Create(organization.Id, call.AccountId, handshake.JoinTags),
        ];
    }

    private async ValueTask RequireApprovalsAsync(HandshakeRecord enable, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var handshakes = new HandshakeStore(store);
        await foreach (var item in OrgPaging.AllAsync(store, OrgCollections.HandshakeOfOrganization, enable.OrganizationId, null, cancellationToken))
        {
            if (await handshakes.FindAsync(item.Key.Key, cancellationToken) is { Record: var approval }
                && approval.ParentHandshakeId == enable.Id && approval.StateAt(now) != HandshakeRecord.Accepted)
            {
                throw OrgErrors.HandshakeConstraint(
                    "ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION",
                    "Every invited member account must approve the change to all features before the management account can finalize it.");
            }
        }
    }

    private static Protocol.AwsException AlreadyMember() =>
        OrgErrors.HandshakeConstraint("ALREADY_IN_AN_ORGANIZATION", "The handshake request is invalid because the account is already a member of an organization.");
}
