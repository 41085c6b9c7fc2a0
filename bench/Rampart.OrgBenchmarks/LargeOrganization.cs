using System.Globalization;
using Rampart.Organizations.Common;
using Rampart.Organizations.Policies;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.OrgBenchmarks;

/// <summary>Writes an organization of 10,000 member accounts in 1,000 OUs straight into a store, in the tree's and
/// the policies' own records: 200 chains of five nested OUs, ten accounts in each OU, one more account directly under
/// the root. SCPs are enabled (so FullAWSAccess is on every root, OU and account) and a region-limiting SCP is
/// attached to the root, so every level of every account's path holds a policy to evaluate.</summary>
public sealed class LargeOrganization
{
    public const string ManagementAccountId = "100000000000";
    public const string OrganizationId = "o-benchmark01";
    public const string RootId = "r-bnch";
    public const int Chains = 200;
    public const int Depth = 5;
    public const int AccountsPerUnit = 10;

    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<StoreWrite> pending = [];

    /// <summary>An account in the innermost OU of the last chain, five OUs below the root.</summary>
    public string DeepAccountId { get; private set; } = "";

    public string RootAccountId { get; private set; } = "";

    public static async Task<LargeOrganization> CreateAsync(IStore store)
    {
        var built = new LargeOrganization();
        await built.WriteAsync(store);
        return built;
    }

    private async Task WriteAsync(IStore store)
    {
        var organization = new OrganizationRecord(OrganizationId, ManagementAccountId, "owner@bench.example", "Owner",
            OrganizationRecord.AllFeatures, RootId, Created);
        pending.Add(new StoreWrite.Put(TreeKeys.Organization(OrganizationId), OrgJson.Write(organization)));
        var root = new ParentNode(RootId, ParentNode.Root, [], 0);
        Join(ManagementAccountId, root);
        var next = 1;
        for (var chain = 0; chain < Chains; chain++)
        {
            var ancestors = new List<string>();
            for (var level = 0; level < Depth; level++)
            {
                var unitId = $"ou-bnch-{chain:D4}{level:D4}";
                var unit = new UnitRecord(OrganizationId, unitId, unitId, ancestors.Count == 0 ? RootId : ancestors[^1], [.. ancestors], Created);
                pending.Add(new StoreWrite.Put(TreeKeys.Unit(OrganizationId, unitId), OrgJson.Write(unit)));
                ancestors.Add(unitId);
                for (var i = 0; i < AccountsPerUnit; i++)
                {
                    var accountId = (200000000000L + next++).ToString(CultureInfo.InvariantCulture);
                    Join(accountId, new ParentNode(unitId, ParentNode.Unit, [.. ancestors], 1));
                    DeepAccountId = accountId;
                }
                await FlushIfFullAsync(store);
            }
        }
        RootAccountId = "300000000000";
        Join(RootAccountId, root);

        pending.Add(new StoreWrite.Put(PolicyKeys.EnabledType(OrganizationId, RootId, OrganizationPolicyType.ServiceControl),
            OrgJson.Write(new EnabledPolicyTypeRecord(OrganizationPolicyType.ServiceControl.Name, Created))));
        var regions = new PolicyRecord("p-regions1", "ApprovedRegions", "", OrganizationPolicyType.ServiceControl.Name, """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:*","sts:*","organizations:*"],"Resource":"*",
              "Condition":{"StringNotEquals":{"aws:RequestedRegion":["eu-west-1","eu-central-1"]}}}]}
            """, Created);
        pending.Add(new StoreWrite.Put(PolicyKeys.Policy(OrganizationId, regions.Id), OrgJson.Write(regions)));
        var attachment = OrgJson.Write(new AttachmentRecord(regions.Id, RootId, regions.Type, Created));
        pending.Add(new StoreWrite.Put(PolicyKeys.ByTarget(OrganizationId, RootId, regions.Id), attachment));
        pending.Add(new StoreWrite.Put(PolicyKeys.ByPolicy(OrganizationId, regions.Id, RootId), attachment));
        await store.CommitAsync(pending);
        pending.Clear();
    }

    private void Join(string accountId, ParentNode parent)
    {
        var account = new MemberAccountRecord(OrganizationId, accountId, accountId, accountId + "@bench.example", parent.Id,
            MemberAccountRecord.Active, MemberAccountRecord.Created, Created);
        pending.AddRange(OrganizationStore.Join(account, parent).Where(write => write is not StoreWrite.Check));
    }

    private async Task FlushIfFullAsync(IStore store)
    {
        if (pending.Count >= 2000)
        {
            await store.CommitAsync(pending);
            pending.Clear();
        }
    }
}
