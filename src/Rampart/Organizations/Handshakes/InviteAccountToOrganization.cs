using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tagging;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Handshakes;

public sealed record InviteAccountToOrganizationRequest(HandshakeParty Target, string? Notes, IReadOnlyList<OrgTag>? Tags);

public sealed record InviteAccountToOrganizationResponse(HandshakeOutput Handshake);

/// <summary>Invites an existing account, by ID or by its root user's email, to join the organization; the account
/// joins when it accepts the handshake within 15 days. The tags are given to the account when it joins.</summary>
public sealed class InviteAccountToOrganization(IStore store)
    : OrganizationsOperation<InviteAccountToOrganizationRequest, InviteAccountToOrganizationResponse>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(15);

    public override string Name => "InviteAccountToOrganization";

    protected override OperationDeclaration<InviteAccountToOrganizationRequest> Declaration { get; } = new()
    {
        Action = "organizations:InviteAccountToOrganization",
        ReadOnly = false,
        RequestTags = request => OrgTags.ToDictionary(request.Tags),
    };

    protected override async Task<InviteAccountToOrganizationResponse> HandleAsync(
        InviteAccountToOrganizationRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        OrgTags.CheckRequested(request.Tags);
        var target = request.Target;
        var accountId = target.Type switch
        {
            "ACCOUNT" when OrgIds.IsAccountId(target.Id) => target.Id,
            "ACCOUNT" => throw OrgErrors.InvalidInput("INVALID_PATTERN_TARGET_ID", "You specified a target ID that doesn't match the required pattern."),
            "EMAIL" => await store.GetAsync(TreeKeys.Email(target.Id), cancellationToken) is { } entry ? OrgJson.Read<EmailEntry>(entry.Json).AccountId : null,
            _ => throw OrgErrors.InvalidInput("INVALID_PARTY_TYPE_TARGET", "You specified the wrong type for the handshake's target."),
        };
        if (accountId is not null && await store.GetAsync(TreeKeys.Membership(accountId), cancellationToken) is not null)
        {
            throw OrgErrors.HandshakeConstraint("ALREADY_IN_AN_ORGANIZATION", "The handshake request is invalid because the invited account is already a member of an organization.");
        }
        var partyKey = accountId is not null ? HandshakeStore.AccountParty(accountId) : HandshakeStore.EmailParty(target.Id);
        await foreach (var item in OrgPaging.AllAsync(store, OrgCollections.HandshakeOfParty, partyKey, null, cancellationToken))
        {
            if (await new HandshakeStore(store).FindAsync(item.Key.Key, cancellationToken) is { Record: var pending }
                && pending.OrganizationId == organization.Id && pending.Action == HandshakeRecord.Invite && pending.StateAt(call.Time) == HandshakeRecord.Open)
            {
                throw OrgErrors.DuplicateHandshake();
            }
        }
        var handshake = new HandshakeRecord(
            OrgIds.NewHandshakeId(), organization.Id, organization.ManagementAccountId, organization.ManagementAccountEmail,
            organization.ManagementAccountName, organization.FeatureSet, HandshakeRecord.Invite, target.Id, target.Type, partyKey,
            HandshakeRecord.Open, call.Time, call.Time + Lifetime, request.Notes, null)
        {
            JoinTags = request.Tags,
        };
        await store.CommitAsync([.. HandshakeStore.Create(handshake)], cancellationToken);
        return new InviteAccountToOrganizationResponse(HandshakeOutput.Of(handshake, call.Time));
    }
}
