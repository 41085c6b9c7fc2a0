using Rampart.Iam.Common;
using Rampart.Iam.Policies;
using Rampart.Iam.Roles;
using Rampart.Identity;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tagging;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Accounts;

/// <summary>
/// Creates a real account inside an organization: a new account ID with its own IAM namespace and root user, placed
/// under the root, and an IAM role (OrganizationAccountAccessRole unless named otherwise) that trusts the
/// management account and holds AdministratorAccess, written through IAM's own storage so IAM shows it.
/// </summary>
public sealed class AccountProvisioner(IStore store)
{
    public const string DefaultRoleName = "OrganizationAccountAccessRole";
    public const string AdministratorAccessArn = "arn:aws:iam::aws:policy/AdministratorAccess";

    private const int AttemptsForFreeAccountId = 10;

    /// <summary>The new account's ID, or null when another account already has the email.</summary>
    public async ValueTask<string?> CreateAsync(
        OrganizationRecord organization, string email, string name, string? roleName, IReadOnlyList<OrgTag>? tags,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var accountId = CredentialGenerator.AccountId();
            var role = AccessRole(organization.ManagementAccountId, accountId, roleName ?? DefaultRoleName, now);
            var member = new MemberAccountRecord(
                organization.Id, accountId, name, email, organization.RootId, MemberAccountRecord.Active, MemberAccountRecord.Created, now);
            try
            {
                await store.CommitAsync(
                [
                    // A created account's root user has no password until someone recovers it, as in AWS: an empty hash matches none.
                    new StoreWrite.Put(AccountRecord.KeyOf(accountId), OrgJson.Write(new AccountRecord(accountId, email, "", now)), StoreWrite.Absent),
                    new StoreWrite.Put(TreeKeys.Email(email), OrgJson.Write(new EmailEntry(accountId)), StoreWrite.Absent),
                    .. OrganizationStore.Join(member, new ParentNode(organization.RootId, ParentNode.Root, [], 0)),
                    .. OrgTags.Create(organization.Id, accountId, tags),
                    .. RoleDirectory.Create(role),
                ], cancellationToken);
            }
            catch (ConcurrencyConflictException conflict) when (conflict.Key.Collection == OrgCollections.Email)
            {
                return null;
            }
            catch (ConcurrencyConflictException) when (attempt < AttemptsForFreeAccountId)
            {
                continue;
            }
            await new PolicyAttachments(store).AttachAsync(accountId, HolderKind.Role, role.RoleName, AdministratorAccessArn, cancellationToken);
            return accountId;
        }
    }

    private static RoleRecord AccessRole(string managementAccountId, string accountId, string roleName, DateTimeOffset now) => new(
        accountId, roleName, IamIds.NewRoleId(), "/", IamClock.ToSeconds(now),
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{OrgArns.IamRoot(managementAccountId)}}"},"Action":"sts:AssumeRole"}]}""",
        null, RoleRecord.DefaultMaxSessionDuration, null, []);
}
