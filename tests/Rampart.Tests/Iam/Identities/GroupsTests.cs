using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Identities;

/// <summary>IAM groups and memberships, and policies reaching users directly and through groups, driven by the
/// real aws CLI and boto3 against one server.</summary>
public sealed class GroupsTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string ListUsersPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]}""";

    private RampartProcess Server => fixture.Server;

    private AwsCli Root => new(Server);

    [Fact]
    public async Task Creates_lists_renames_and_deletes_groups_with_their_members()
    {
        var created = (await Root.OkAsync("iam", "create-group", "--group-name", "Admins", "--path", "/corp/")).GetProperty("Group");
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:group/corp/Admins", created.GetProperty("Arn").GetString());
        Assert.Matches("^AGPA[A-Z2-7]{17}$", created.GetProperty("GroupId").GetString());
        Assert.Equal("An error occurred (EntityAlreadyExists) when calling the CreateGroup operation: Group with name admins already exists.",
            await Root.FailsAsync("iam", "create-group", "--group-name", "admins"));

        foreach (var user in new[] { "g1", "g2", "g3" })
        {
            await Root.OkAsync("iam", "create-user", "--user-name", user);
            await Root.OkAsync("iam", "add-user-to-group", "--group-name", "admins", "--user-name", user);
        }
        await Root.OkAsync("iam", "add-user-to-group", "--group-name", "Admins", "--user-name", "g1");

        var members = await Root.PythonAsync("""
            import json, boto3
            iam = boto3.client("iam")
            first = iam.get_group(GroupName="Admins", MaxItems=2)
            rest = iam.get_group(GroupName="Admins", Marker=first["Marker"])
            print(json.dumps({"first": len(first["Users"]), "truncated": first["IsTruncated"],
                              "all": sorted(u["UserName"] for u in first["Users"] + rest["Users"]), "more": rest["IsTruncated"]}))
            """);
        Assert.Equal("""{"first":2,"truncated":true,"all":["g1","g2","g3"],"more":false}""", members.GetRawText().Replace(" ", ""));

        var groupsOfG2 = (await Root.OkAsync("iam", "list-groups-for-user", "--user-name", "g2")).GetProperty("Groups");
        Assert.Equal("Admins", groupsOfG2[0].GetProperty("GroupName").GetString());

        Assert.Equal("An error occurred (DeleteConflict) when calling the DeleteGroup operation: Cannot delete entity, must remove users from group first.",
            await Root.FailsAsync("iam", "delete-group", "--group-name", "Admins"));
        Assert.Equal("An error occurred (DeleteConflict) when calling the DeleteUser operation: Cannot delete entity, must remove users from group first.",
            await Root.FailsAsync("iam", "delete-user", "--user-name", "g3"));

        await Root.OkAsync("iam", "update-group", "--group-name", "Admins", "--new-group-name", "Operators", "--new-path", "/ops/");
        var listed = (await Root.OkAsync("iam", "list-groups", "--path-prefix", "/ops/")).GetProperty("Groups");
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:group/ops/Operators", listed[0].GetProperty("Arn").GetString());
        Assert.Equal(3, (await Root.OkAsync("iam", "get-group", "--group-name", "operators")).GetProperty("Users").GetArrayLength());

        foreach (var user in new[] { "g1", "g2", "g3" })
        {
            await Root.OkAsync("iam", "remove-user-from-group", "--group-name", "Operators", "--user-name", user);
        }
        Assert.Equal(0, (await Root.OkAsync("iam", "list-groups-for-user", "--user-name", "g1")).GetProperty("Groups").GetArrayLength());
        await Root.OkAsync("iam", "delete-group", "--group-name", "Operators");
        Assert.Equal("An error occurred (NoSuchEntity) when calling the GetGroup operation: The group with name Operators cannot be found.",
            await Root.FailsAsync("iam", "get-group", "--group-name", "Operators"));
    }

    [Fact]
    public async Task A_user_is_allowed_by_its_own_policy_or_its_groups_policy_and_cannot_be_deleted_while_it_has_one()
    {
        await Root.OkAsync("iam", "create-user", "--user-name", "erin");
        var key = (await Root.OkAsync("iam", "create-access-key", "--user-name", "erin")).GetProperty("AccessKey");
        var erin = new AwsCli(Server).As(key);
        Assert.Contains("(AccessDenied)", await erin.FailsAsync("iam", "list-users"));

        await Root.OkAsync("iam", "put-user-policy", "--user-name", "erin", "--policy-name", "list", "--policy-document", ListUsersPolicy);
        var users = (await erin.OkAsync("iam", "list-users")).GetProperty("Users");
        Assert.Contains(users.EnumerateArray(), u => u.GetProperty("UserName").GetString() == "erin");

        await Root.OkAsync("iam", "delete-access-key", "--user-name", "erin", "--access-key-id", key.GetProperty("AccessKeyId").GetString()!);
        Assert.Equal("An error occurred (DeleteConflict) when calling the DeleteUser operation: Cannot delete entity, must delete policies first.",
            await Root.FailsAsync("iam", "delete-user", "--user-name", "erin"));
        await Root.OkAsync("iam", "delete-user-policy", "--user-name", "erin", "--policy-name", "list");
        await Root.OkAsync("iam", "delete-user", "--user-name", "erin");

        await Root.OkAsync("iam", "create-user", "--user-name", "frank");
        var frankKey = (await Root.OkAsync("iam", "create-access-key", "--user-name", "frank")).GetProperty("AccessKey");
        var frank = new AwsCli(Server).As(frankKey);
        await Root.OkAsync("iam", "create-group", "--group-name", "readers");
        await Root.OkAsync("iam", "put-group-policy", "--group-name", "readers", "--policy-name", "list", "--policy-document", ListUsersPolicy);
        Assert.Contains("(AccessDenied)", await frank.FailsAsync("iam", "list-users"));
        await Root.OkAsync("iam", "add-user-to-group", "--group-name", "readers", "--user-name", "frank");
        Assert.True((await frank.OkAsync("iam", "list-users")).GetProperty("Users").GetArrayLength() > 0);
        await Root.OkAsync("iam", "remove-user-from-group", "--group-name", "readers", "--user-name", "frank");
        Assert.Contains("(AccessDenied)", await frank.FailsAsync("iam", "list-users"));

        Assert.Equal("An error occurred (DeleteConflict) when calling the DeleteGroup operation: Cannot delete entity, must delete policies first.",
            await Root.FailsAsync("iam", "delete-group", "--group-name", "readers"));
    }

    [Fact]
    public async Task A_user_can_be_in_at_most_ten_groups()
    {
        await Root.OkAsync("iam", "create-user", "--user-name", "joiner");
        for (var i = 0; i < 11; i++)
        {
            await Root.OkAsync("iam", "create-group", "--group-name", $"club{i}");
        }
        for (var i = 0; i < 10; i++)
        {
            await Root.OkAsync("iam", "add-user-to-group", "--group-name", $"club{i}", "--user-name", "joiner");
        }
        Assert.Equal("An error occurred (LimitExceeded) when calling the AddUserToGroup operation: Cannot exceed quota for GroupsPerUser: 10",
            await Root.FailsAsync("iam", "add-user-to-group", "--group-name", "club10", "--user-name", "joiner"));
        var groups = (await Root.OkAsync("iam", "list-groups-for-user", "--user-name", "joiner", "--max-items", "100")).GetProperty("Groups");
        Assert.Equal(10, groups.GetArrayLength());
    }
}
