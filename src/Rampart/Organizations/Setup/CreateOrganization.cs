using Rampart.Identity;
using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Setup;

public sealed record CreateOrganizationRequest(string? FeatureSet);

public sealed record CreateOrganizationResponse(OrganizationOutput Organization);

/// <summary>Makes the caller's account the management account of a new organization with one root.</summary>
public sealed class CreateOrganization(IStore store, OrganizationDirectory directory)
    : OrganizationsOperation<CreateOrganizationRequest, CreateOrganizationResponse>
{
    public override string Name => "CreateOrganization";

    protected override OperationDeclaration<CreateOrganizationRequest> Declaration { get; } = new()
    {
        Action = "organizations:CreateOrganization",
        ReadOnly = false,
    };

    protected override async Task<CreateOrganizationResponse> HandleAsync(
        CreateOrganizationRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (await new OrganizationStore(store).OfAccountAsync(call.AccountId, cancellationToken) is not null)
        {
            throw OrgErrors.AlreadyInOrganization();
        }
        var identity = await store.GetAsync(AccountRecord.KeyOf(call.AccountId), cancellationToken)
            ?? throw OrgErrors.AccountNotFound();
        var email = OrgJson.Read<AccountRecord>(identity.Json).RootEmail;
        var rootId = OrgIds.NewRootId();
        // Rampart's accounts made at first start have no name of their own; the account ID stands for it.
        var organization = new OrganizationRecord(
            OrgIds.NewOrganizationId(), call.AccountId, email, call.AccountId,
            request.FeatureSet ?? OrganizationRecord.AllFeatures, rootId, call.Time);
        var management = new MemberAccountRecord(
            organization.Id, call.AccountId, organization.ManagementAccountName, email, rootId,
            MemberAccountRecord.Active, MemberAccountRecord.Invited, call.Time);
        try
        {
            await store.CommitAsync(
            [
                new StoreWrite.Put(TreeKeys.Organization(organization.Id), OrgJson.Write(organization), StoreWrite.Absent),
                .. OrganizationStore.Join(management, new ParentNode(rootId, ParentNode.Root, [], 0)),
                new StoreWrite.Put(TreeKeys.Email(email), OrgJson.Write(new EmailEntry(call.AccountId))),
            ], cancellationToken);
        }
        catch (ConcurrencyConflictException conflict) when (conflict.Key.Collection == OrgCollections.Membership)
        {
            throw OrgErrors.AlreadyInOrganization();
        }
        directory.Forget(call.AccountId);
        return new CreateOrganizationResponse(OrganizationOutputs.Of(organization));
    }
}
