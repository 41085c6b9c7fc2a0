using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Identities;

/// <summary>IAM groups and memberships, and policies reaching users directly and through groups, driven by the
/// real aws CLI and boto3 against one server.</summary>
public sealed class GroupsTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string ListUsersPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]}""";

    private RampartProcess Server => fixture.Server;

    private IamClient Root => new(Server);

    [Fact]
    public async Task Creates_lists_renames_and_deletes_groups_with_their_members()
    {
        var created = (await Root.RunAsync("iam", "create-group", "--group-name", "Admins", "--path", "/corp/"))!.Value.GetProperty("Group");
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:group/corp/Admins", created.GetProperty("Arn").GetString());
        Assert.Matches("^AGPA[A-Z2-7]{17}$", created.GetProperty("GroupId").GetString());
        Assert.Equal("An error occurred (EntityAlreadyExists) when calling the CreateGroup operation: Group with name admins already exists.",
            await Root.FailAsync("iam", "create-group", "--group-name", "admins"));

        foreach (var user in new[] { "g1", "g2", "g3" })
        {
            await Root.RunAsync("iam", "create-user", "--user-name", user);
            await Root.RunAsync("iam", "add-user-to-group", "--group-name", "admins", "--user-name", user);
        }
        await Root.RunAsync("iam", "add-user-to-group", "--group-name", "Admins", "--user-name", "g1");

        var members = await Root.PythonAsync("""
            import json, boto3
            iam = boto3.client("iam")
            first = iam.get_group(GroupName="Admins", MaxItems=2)
            rest = iam.get_group(GroupName="Admins", Marker=first["Marker"])
            print(json.dumps({"first": len(first["Users"]), "truncated": first["IsTruncated"],
                              "all": sorted(u["UserName"] for u in first["Users"] + rest["Users"]), "more": rest["IsTruncated"]}))
            """);
        Assert.Equal("""{"first":2,"truncated":true,"all":["g1","g2","g3"],"more":false}""", members.GetRawText().Replace(" ", ""));

        var groupsOfG2 = (await Root.RunAsync("iam", "list-groups-for-user", "--user-name", "g2"))!.Value.GetProperty("Groups");
        Assert.Equal("Admins", groupsOfG2[0].GetProperty("GroupName").GetString());

        Assert.Equal("An error occurred (DeleteConflict) when calling the DeleteGroup operation: Cannot delete entity, must remove users from group first.",
            await Root.FailAsync("iam", "delete-group", "--group-name", "Admins"));
        Assert.Equal("An error occurred (DeleteConflict) when calling the DeleteUser operation: Cannot delete entity, must remove users from group first.",
            await Root.FailAsync("iam", "delete-user", "--user-name", "g3"));

        await Root.RunAsync("iam", "update-group", "--group-name", "Admins", "--new-group-name", "Operators", "--new-path", "/ops/");
        var listed = (await Root.RunAsync("iam", "list-groups", "--path-prefix", "/ops/"))!.Value.GetProperty("Groups");
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:group/ops/Operators", listed[0].GetProperty("Arn").GetString());
        Assert.Equal(3, (await Root.RunAsync("iam", "get-group", "--group-name", "operators"))!.Value.GetProperty("Users").GetArrayLength());

        foreach (var user in new[] { "g1", "g2", "g3" })
        {
            await Root.RunAsync("iam", "remove-user-from-group", "--group-name", "Operators", "--user-name", user);
        }
        Assert.Equal(0, (await Root.RunAsync("iam", "list-groups-for-user", "--user-name", "g1"))!.Value.GetProperty("Groups").GetArrayLength());
        await Root.RunAsync("iam", "delete-group", "--group-name", "Operators");
        Assert.Equal("An error occurred (NoSuchEntity) when calling the GetGroup operation: The group with name Operators cannot be found.",
            await Root.FailAsync("iam", "get-group", "--group-name", "Operators"));
    }

    [Fact]
    public async Task A_user_is_allowed_by_its_own_policy_or_its_groups_policy_and_cannot_be_deleted_while_it_has_one()
    {
        await Root.RunAsync("iam", "create-user", "--user-name", "erin");
        var key = (await Root.RunAsync("iam", "create-access-key", "--user-name", "erin"))!.Value.GetProperty("AccessKey");
        var erin = new IamClient(Server, key.GetProperty("AccessKeyId").GetString(), key.GetProperty("SecretAccessKey").GetString());
        Assert.Contains("(AccessDenied)", await erin.FailAsync("iam", "list-users"));

        await Root.RunAsync("iam", "put-user-policy", "--user-name", "erin", "--policy-name", "list", "--policy-document", ListUsersPolicy);
        var users = (await erin.RunAsync("iam", "list-users"))!.Value.GetProperty("Users");
        Assert.Contains(users.EnumerateArray(), u => u.GetProperty("UserName").GetString() == "erin");

        await Root.RunAsync("iam", "delete-access-key", "--user-name", "erin", "--access-key-id", key.GetProperty("AccessKeyId").GetString()!);
        Assert.Equal("An error occurred (DeleteConflict) when calling the DeleteUser operation: Cannot delete entity, must delete policies first.",
            await Root.FailAsync("iam", "delete-user", "--user-name", "erin"));
        await Root.RunAsync("iam", "delete-user-policy", "--user-name", "erin", "--policy-name", "list");
        await Root.RunAsync("iam", "delete-user", "--user-name", "erin");

        await Root.RunAsync("iam", "create-user", "--user-name", "frank");
        var frankKey = (await Root.RunAsync("iam", "create-access-key", "--user-name", "frank"))!.Value.GetProperty("AccessKey");
        var frank = new IamClient(Server, frankKey.GetProperty("AccessKeyId").GetString(), frankKey.GetProperty("SecretAccessKey").GetString());
        await Root.RunAsync("iam", "create-group", "--group-name", "readers");
        await Root.RunAsync("iam", "put-group-policy", "--group-name", "readers", "--policy-name", "list", "--policy-document", ListUsersPolicy);
        Assert.Contains("(AccessDenied)", await frank.FailAsync("iam", "list-users"));
        await Root.RunAsync("iam", "add-user-to-group", "--group-name", "readers", "--user-name", "frank");
        Assert.True((await frank.RunAsync("iam", "list-users"))!.Value.GetProperty("Users").GetArrayLength() > 0);
        await Root.RunAsync("iam", "remove-user-from-group", "--group-name", "readers", "--user-name", "frank");
        Assert.Contains("(AccessDenied)", await frank.FailAsync("iam", "list-users"));

        Assert.Equal("An error occurred (DeleteConflict) when calling the DeleteGroup operation: Cannot delete entity, must delete policies first.",
            await Root.FailAsync("iam", "delete-group", "--group-name", "readers"));
    }

    [Fact]
    public async Task A_user_can_be_in_at_most_ten_groups()
    {
        await Root.RunAsync("iam", "create-user", "--user-name", "joiner");
        for (var i = 0; i < 11; i++)
        {
            await Root.RunAsync("iam", "create-group", "--group-name", $"club{i}");
        }
        for (var i = 0; i < 10; i++)
        {
            await Root.RunAsync("iam", "add-user-to-group", "--group-name", $"club{i}", "--user-name", "joiner");
        }
        Assert.Equal("An error occurred (LimitExceeded) when calling the AddUserToGroup operation: Cannot exceed quota for GroupsPerUser: 10",
            await Root.FailAsync("iam", "add-user-to-group", "--group-name", "club10", "--user-name", "joiner"));
        var groups = (await Root.RunAsync("iam", "list-groups-for-user", "--user-name", "joiner", "--max-items", "100"))!.Value.GetProperty("Groups");
        Assert.Equal(10, groups.GetArrayLength());
    }
}
