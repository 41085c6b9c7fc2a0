using System.Globalization;
using Rampart.Authorization;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Organizations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Policies;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Protocol;
using Rampart.Protocol.Models;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.TestSupport;

namespace Rampart.Tests.Organizations.Enforcement;

/// <summary>SCPs and RCPs enforced through the one enforcement point, in-process: every level from the root to the
/// account must allow, the management account is never limited, the organization keys are filled, and a committed
/// change binds the very next request without waiting for the store's change feed.</summary>
public sealed class OrganizationEnforcementTests : IAsyncLifetime
{
    private const string Organization = "o-exampleorg1";
    private const string Root = "r-ab12";
    private const string Management = "111111111111";
    private const string Deep = "222222222222";
    private const string Shallow = "333333333333";
    private const string Outsider = "444444444444";
    private static readonly string[] Units = ["ou-ab12-00000001", "ou-ab12-00000002", "ou-ab12-00000003", "ou-ab12-00000004", "ou-ab12-00000005"];
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly TempDirectory directory = new();
    private readonly FixedDirectory tree = new();
    private IStore store = null!;
    private OrganizationPolicyCache cache = null!;
    private PolicyStore policies = null!;
    private Authorizer authorizer = null!;

    public async Task InitializeAsync()
    {
        store = await StoreFactory.OpenAsync(null, directory.Path);
        cache = new OrganizationPolicyCache(store);
        policies = new PolicyStore(store, cache);
        tree.Place(new AccountPlacement(Organization, Management, [Root, Management]));
        tree.Place(new AccountPlacement(Organization, Management, [Root, .. Units, Deep]));
        tree.Place(new AccountPlacement(Organization, Management, [Root, Shallow]));
        var source = new OrganizationPolicySource(tree, cache);
        authorizer = new Authorizer([new Administrators(), source], [], [source]);
        await EnableAsync(OrganizationPolicyType.ServiceControl);
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task With_only_FullAWSAccess_everywhere_an_administrator_is_allowed()
    {
        Assert.True(await AllowedAsync(Deep, "s3:GetObject"));
        Assert.True(await AllowedAsync(Shallow, "s3:GetObject"));
    }

    [Fact]
    public async Task A_deny_on_the_innermost_OU_binds_the_very_next_request_of_the_deep_account_only()
    {
        Assert.True(await AllowedAsync(Deep, "s3:GetObject"));
        var deny = await CreateAsync("DenyS3", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}""");

        await AttachAsync(deny, Units[^1]);

        Assert.False(await AllowedAsync(Deep, "s3:GetObject"));
        Assert.True(await AllowedAsync(Deep, "ec2:RunInstances"));
        Assert.True(await AllowedAsync(Shallow, "s3:GetObject"));
        Assert.True(await AllowedAsync(Management, "s3:GetObject"));
        Assert.True(await AllowedAsync(Outsider, "s3:GetObject"));
    }

    [Fact]
    public async Task A_level_without_an_allow_denies_even_when_every_other_level_allows()
    {
        var ec2Only = await CreateAsync("Ec2Only", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}""");
        await AttachAsync(ec2Only, Units[2]);
        await DetachDefaultAsync(Units[2]);

        Assert.False(await AllowedAsync(Deep, "s3:GetObject"));
        Assert.True(await AllowedAsync(Deep, "ec2:RunInstances"));
    }

    [Fact]
    public async Task New_content_of_an_attached_policy_binds_the_very_next_request()
    {
        var deny = await CreateAsync("Changing", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}""");
        await AttachAsync(deny, Root);
        Assert.False(await AllowedAsync(Shallow, "s3:GetObject"));

        var stored = (await policies.FindStoredAsync(Organization, deny, CancellationToken.None))!;
        var changed = stored.Record with { Content = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"sqs:*","Resource":"*"}]}""" };
        await policies.CommitAsync([new StoreWrite.Put(PolicyKeys.Policy(Organization, deny), OrgJson.Write(changed), stored.Version)], CancellationToken.None);

        Assert.True(await AllowedAsync(Shallow, "s3:GetObject"));
        Assert.False(await AllowedAsync(Shallow, "sqs:SendMessage"));
    }

    [Fact]
    public async Task Principal_organization_keys_are_filled_for_members_and_absent_outside()
    {
        var requireOrg = await CreateAsync("OnlyFromPath", """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*",
              "Condition":{"ForAllValues:StringNotLike":{"aws:PrincipalOrgPaths":["ORG/ROOT/UNIT/*"]}}}]}
            """.Replace("ORG", Organization).Replace("ROOT", Root).Replace("UNIT", Units[0]));
        await AttachAsync(requireOrg, Root);

        Assert.True(await AllowedAsync(Deep, "s3:GetObject"));
        Assert.False(await AllowedAsync(Shallow, "s3:GetObject"));
    }

    [Fact]
    public async Task Rcps_limit_requests_on_member_resources_and_the_resource_keys_are_filled()
    {
        await EnableAsync(OrganizationPolicyType.ResourceControl);
        var rcp = await CreateAsync("KeepKeys", """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"kms:ScheduleKeyDeletion","Resource":"*",
              "Condition":{"StringEquals":{"aws:ResourceOrgID":"ORG"}}}]}
            """.Replace("ORG", Organization), OrganizationPolicyType.ResourceControl);

        await AttachAsync(rcp, Root);

        Assert.False(await AllowedOnAsync(Shallow, "kms:ScheduleKeyDeletion", Key(Shallow)));
        Assert.True(await AllowedOnAsync(Shallow, "kms:Decrypt", Key(Shallow)));
        Assert.True(await AllowedOnAsync(Management, "kms:ScheduleKeyDeletion", Key(Management)));
        Assert.True(await AllowedOnAsync(Outsider, "kms:ScheduleKeyDeletion", Key(Outsider)));
    }

    private static string Key(string account) => $"arn:aws:kms:us-east-1:{account}:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private async Task EnableAsync(OrganizationPolicyType type) =>
        await policies.CommitAsync(
            [new StoreWrite.Put(PolicyKeys.EnabledType(Organization, Root, type), OrgJson.Write(new EnabledPolicyTypeRecord(type.Name, Now)))],
            CancellationToken.None);

    private async Task<string> CreateAsync(string name, string content, OrganizationPolicyType? type = null)
    {
        type ??= OrganizationPolicyType.ServiceControl;
        PolicyContent.Validate(type, content);
        var record = new PolicyRecord(PolicyIds.New(), name, "", type.Name, content, Now);
        await policies.CommitAsync([new StoreWrite.Put(PolicyKeys.Policy(Organization, record.Id), OrgJson.Write(record))], CancellationToken.None);
        return record.Id;
    }

    private async Task AttachAsync(string policyId, string targetId)
    {
        var type = (await policies.FindStoredAsync(Organization, policyId, CancellationToken.None))!.Record.Type;
        var attachment = OrgJson.Write(new AttachmentRecord(policyId, targetId, type, Now));
        await policies.CommitAsync(
        [
            new StoreWrite.Put(PolicyKeys.ByTarget(Organization, targetId, policyId), attachment),
            new StoreWrite.Put(PolicyKeys.ByPolicy(Organization, policyId, targetId), attachment),
        ], CancellationToken.None);
    }

    private async Task DetachDefaultAsync(string targetId) =>
        await policies.CommitAsync(
            [new StoreWrite.Put(PolicyKeys.DefaultDetached(Organization, targetId, AwsManagedPolicy.FullAwsAccess.Id), "{}")], CancellationToken.None);

    private Task<bool> AllowedAsync(string account, string action) => AllowedOnAsync(account, action, "*");

    /// <summary>Whether an administrator of <paramref name="account"/> may do <paramref name="action"/> on the resource.</summary>
    private async Task<bool> AllowedOnAsync(string account, string action, string resource)
    {
        var caller = new Principal(PrincipalType.User, $"arn:aws:iam::{account}:user/admin", account, "AIDAEXAMPLEADMIN00001", "admin",
            new Dictionary<string, string>(), "AKIAEXAMPLEADMIN0001", null);
        var call = new CallContext(caller, "us-east-1", "req-1", Now, "10.0.0.1", "test", SecureTransport: true);
        var access = new AccessRequirement(action, [resource], new Dictionary<string, ContextValue>(), new Dictionary<string, string>(),
            ReadOnly: false, AuthorizationRequired: true);
        try
        {
            await authorizer.AuthorizeAsync(call, access, ProtocolKind.Json, CancellationToken.None);
            return true;
        }
        catch (AwsException denied) when (denied.Error.Code == "AccessDeniedException")
        {
            return false;
        }
    }

    /// <summary>Every caller holds AdministratorAccess.</summary>
    private sealed class Administrators : IPrincipalPolicySource
    {
        private static readonly CompiledPolicy Admin = CompiledPolicy.Compile(PolicyParser.Parse(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""", PolicyKind.Identity, "AdministratorAccess"));

        public ValueTask<PrincipalPolicies> AddPoliciesAsync(Principal caller, PrincipalPolicies found, CancellationToken cancellationToken) =>
            ValueTask.FromResult(found with { Identity = [Admin] });
    }
}
