using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Organizations;
using Rampart.Organizations.Accounts;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Setup;
using Rampart.Organizations.Tree;
using Rampart.Organizations.Units;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.TestSupport;

namespace Rampart.Tests.Organizations.Tree;

/// <summary>The directory in-process: placements follow a committed move by the very next lookup on this node,
/// and another node's directory learns it from the store's change notifications.</summary>
public sealed class OrganizationDirectoryTests : IAsyncLifetime
{
    private const string Management = "111122223333";

    private readonly TempDirectory data = new("org-directory");
    private IStore store = null!;
    private OrganizationDirectory directory = null!;

    public async Task InitializeAsync()
    {
        store = await StoreFactory.OpenAsync(null, data.Path);
        directory = new OrganizationDirectory(store);
        await store.PutAsync(
            new ItemKey(IdentityCollections.Account, "", Management),
            JsonSerializer.Serialize(new AccountRecord(Management, "owner@directory.example", "", DateTimeOffset.UtcNow)));
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task A_move_binds_the_next_lookup_here_and_reaches_other_nodes_through_change_notifications()
    {
        Assert.Null(await directory.FindAsync(Management, CancellationToken.None));
        var organization = (await RunAsync(new CreateOrganization(store, directory), new JsonObject()))!["Organization"]!;
        var organizationId = organization["Id"]!.GetValue<string>();
        var management = await directory.FindAsync(Management, CancellationToken.None);
        Assert.NotNull(management);
        Assert.True(management.IsManagementAccount);
        var rootId = management.TargetPath[0];

        var outer = await CreateUnitAsync(rootId, "Outer");
        var inner = await CreateUnitAsync(outer, "Inner");
        var created = (await RunAsync(new CreateAccount(store, directory), new JsonObject { ["Email"] = "m@directory.example", ["AccountName"] = "M" }))!;
        var requestId = created["CreateAccountStatus"]!["Id"]!.GetValue<string>();
        var accountId = (await RunAsync(new DescribeCreateAccountStatus(store), new JsonObject { ["CreateAccountRequestId"] = requestId }))!
            ["CreateAccountStatus"]!["AccountId"]!.GetValue<string>();

        var otherNode = new OrganizationDirectory(store);
        Assert.Equal([rootId, accountId], (await directory.FindAsync(accountId, CancellationToken.None))!.TargetPath);
        Assert.Equal([rootId, accountId], (await otherNode.FindAsync(accountId, CancellationToken.None))!.TargetPath);

        using var changes = store.SubscribeChanges();
        await RunAsync(new MoveAccount(store, directory), new JsonObject
        {
            ["AccountId"] = accountId,
            ["SourceParentId"] = rootId,
            ["DestinationParentId"] = inner,
        });
        var moved = await directory.FindAsync(accountId, CancellationToken.None);
        Assert.Equal([rootId, outer, inner, accountId], moved!.TargetPath);
        Assert.Equal($"{organizationId}/{rootId}/{outer}/{inner}/", moved.OrganizationPath);
        Assert.False(moved.IsManagementAccount);
        Assert.Equal(Management, moved.ManagementAccountId);

        // The other node still holds what it read, until the store tells it of the change.
        Assert.Equal([rootId, accountId], (await otherNode.FindAsync(accountId, CancellationToken.None))!.TargetPath);
        await foreach (var change in changes.ReadAllAsync())
        {
            otherNode.Invalidate(change);
            if (change.Item?.Collection == OrgCollections.Account && change.Item.Key == accountId)
            {
                break;
            }
        }
        Assert.Equal([rootId, outer, inner, accountId], (await otherNode.FindAsync(accountId, CancellationToken.None))!.TargetPath);

        await RunAsync(new RemoveAccountFromOrganization(store, directory, new OrganizationPolicyCache(store)), new JsonObject { ["AccountId"] = accountId });
        Assert.Null(await directory.FindAsync(accountId, CancellationToken.None));
        Assert.Null(await directory.FindAsync("999999999999", CancellationToken.None));
    }

    private async Task<string> CreateUnitAsync(string parentId, string name) =>
        (await RunAsync(new CreateOrganizationalUnit(store, directory), new JsonObject { ["ParentId"] = parentId, ["Name"] = name }))!
            ["OrganizationalUnit"]!["Id"]!.GetValue<string>();

    private static async Task<JsonNode?> RunAsync(IOperation operation, JsonObject input)
    {
        var call = new CallContext(Principal.Root(Management, null), "us-east-1", Guid.NewGuid().ToString(), DateTimeOffset.UtcNow, "127.0.0.1", null, true);
        return await operation.Prepare(input, call).Run(CancellationToken.None);
    }
}
