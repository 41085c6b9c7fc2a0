using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Identities;

/// <summary>IAM users and their access keys, driven by the real aws CLI and boto3 against one server.</summary>
public sealed class UsersAndAccessKeysTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private RampartProcess Server => fixture.Server;

    private AwsCli Root => new(Server);

    [Fact]
    public async Task Creates_a_user_with_path_and_tags_and_refuses_the_same_name_in_another_case()
    {
        var created = (await Root.OkAsync("iam", "create-user", "--user-name", "Alice", "--path", "/eng/",
            "--tags", "Key=team,Value=core")).GetProperty("User");
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:user/eng/Alice", created.GetProperty("Arn").GetString());
        Assert.Matches("^AIDA[A-Z2-7]{17}$", created.GetProperty("UserId").GetString());

        var fetched = (await Root.OkAsync("iam", "get-user", "--user-name", "alice")).GetProperty("User");
        Assert.Equal("Alice", fetched.GetProperty("UserName").GetString());
        Assert.Equal("/eng/", fetched.GetProperty("Path").GetString());
        Assert.Equal("core", fetched.GetProperty("Tags")[0].GetProperty("Value").GetString());

        var duplicate = await Root.FailsAsync("iam", "create-user", "--user-name", "ALICE");
        Assert.Equal("An error occurred (EntityAlreadyExists) when calling the CreateUser operation: User with name ALICE already exists.", duplicate);

        var missing = await Root.FailsAsync("iam", "get-user", "--user-name", "nobody");
        Assert.Equal("An error occurred (NoSuchEntity) when calling the GetUser operation: The user with name nobody cannot be found.", missing);
    }

    [Fact]
    public async Task Root_get_user_without_a_name_describes_the_root_user()
    {
        var root = (await Root.OkAsync("iam", "get-user")).GetProperty("User");
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:root", root.GetProperty("Arn").GetString());
        Assert.Equal(Server.AccountId, root.GetProperty("UserId").GetString());
        Assert.False(root.TryGetProperty("UserName", out _));
    }

    [Fact]
    public async Task Lists_users_by_path_prefix_in_pages_with_boto3()
    {
        foreach (var name in new[] { "p1", "p2", "p3", "p4", "p5" })
        {
            await Root.OkAsync("iam", "create-user", "--user-name", name, "--path", "/paged/");
        }
        await Root.OkAsync("iam", "create-user", "--user-name", "elsewhere", "--path", "/pagedx/");
        var pages = await Root.PythonAsync("""
            import json, boto3
            iam = boto3.client("iam")
            pages, marker = [], None
            while True:
                args = {"PathPrefix": "/paged/", "MaxItems": 2}
                if marker:
                    args["Marker"] = marker
                answer = iam.list_users(**args)
                pages.append([u["UserName"] for u in answer["Users"]])
                if not answer["IsTruncated"]:
                    break
                marker = answer["Marker"]
            print(json.dumps(pages))
            """);
        Assert.Equal("[[\"p1\",\"p2\"],[\"p3\",\"p4\"],[\"p5\"]]", pages.GetRawText().Replace(" ", ""));
    }

    [Fact]
    public async Task Renames_moves_and_tags_a_user()
    {
        await Root.OkAsync("iam", "create-user", "--user-name", "bob");
        await Root.OkAsync("iam", "create-access-key", "--user-name", "bob");
        await Root.OkAsync("iam", "update-user", "--user-name", "bob", "--new-user-name", "robert", "--new-path", "/ops/");
        var user = (await Root.OkAsync("iam", "get-user", "--user-name", "robert")).GetProperty("User");
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:user/ops/robert", user.GetProperty("Arn").GetString());
        Assert.Contains("(NoSuchEntity)", await Root.FailsAsync("iam", "get-user", "--user-name", "bob"));
        var keys = (await Root.OkAsync("iam", "list-access-keys", "--user-name", "robert")).GetProperty("AccessKeyMetadata");
        Assert.Equal("robert", keys[0].GetProperty("UserName").GetString());

        await Root.OkAsync("iam", "tag-user", "--user-name", "robert", "--tags", "Key=a,Value=1", "Key=b,Value=2");
        await Root.OkAsync("iam", "tag-user", "--user-name", "robert", "--tags", "Key=A,Value=3");
        await Root.OkAsync("iam", "untag-user", "--user-name", "robert", "--tag-keys", "b");
        var tags = (await Root.OkAsync("iam", "list-user-tags", "--user-name", "robert")).GetProperty("Tags");
        Assert.Equal("""[{"Key":"A","Value":"3"}]""", JsonSerializer.Serialize(tags));

        var reserved = await Root.FailsAsync("iam", "tag-user", "--user-name", "robert", "--tags", "Key=aws:x,Value=1");
        Assert.Contains("(InvalidInput)", reserved);
    }

    [Fact]
    public async Task Allows_two_access_keys_and_refuses_to_delete_a_user_that_has_any()
    {
        await Root.OkAsync("iam", "create-user", "--user-name", "carol");
        var first = (await Root.OkAsync("iam", "create-access-key", "--user-name", "carol")).GetProperty("AccessKey");
        Assert.Matches("^AKIA[A-Z2-7]{16}$", first.GetProperty("AccessKeyId").GetString());
        Assert.Equal(40, first.GetProperty("SecretAccessKey").GetString()!.Length);
        var second = (await Root.OkAsync("iam", "create-access-key", "--user-name", "carol")).GetProperty("AccessKey");

        var third = await Root.FailsAsync("iam", "create-access-key", "--user-name", "carol");
        Assert.Equal("An error occurred (LimitExceeded) when calling the CreateAccessKey operation: Cannot exceed quota for AccessKeysPerUser: 2", third);

        var conflict = await Root.FailsAsync("iam", "delete-user", "--user-name", "carol");
        Assert.Equal("An error occurred (DeleteConflict) when calling the DeleteUser operation: Cannot delete entity, must delete access keys first.", conflict);

        await Root.OkAsync("iam", "update-access-key", "--user-name", "carol", "--access-key-id", second.GetProperty("AccessKeyId").GetString()!, "--status", "Inactive");
        var listed = (await Root.OkAsync("iam", "list-access-keys", "--user-name", "carol")).GetProperty("AccessKeyMetadata");
        Assert.Equal(["Active", "Inactive"], listed.EnumerateArray().Select(k => k.GetProperty("Status").GetString()!).ToArray());
        Assert.All(listed.EnumerateArray(), k => Assert.False(k.TryGetProperty("SecretAccessKey", out _)));

        foreach (var key in new[] { first, second })
        {
            await Root.OkAsync("iam", "delete-access-key", "--user-name", "carol", "--access-key-id", key.GetProperty("AccessKeyId").GetString()!);
        }
        await Root.OkAsync("iam", "delete-user", "--user-name", "carol");
        Assert.Contains("(NoSuchEntity)", await Root.FailsAsync("iam", "get-user", "--user-name", "carol"));
    }

    [Fact]
    public async Task A_new_users_key_authenticates_but_is_denied_until_a_policy_allows()
    {
        await Root.OkAsync("iam", "create-user", "--user-name", "dave", "--tags", "Key=dept,Value=qa");
        var key = (await Root.OkAsync("iam", "create-access-key", "--user-name", "dave")).GetProperty("AccessKey");
        var keyId = key.GetProperty("AccessKeyId").GetString()!;
        var dave = new AwsCli(Server).As(key);

        var identity = (await dave.OkAsync("sts", "get-caller-identity"));
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:user/dave", identity.GetProperty("Arn").GetString());
        Assert.StartsWith("AIDA", identity.GetProperty("UserId").GetString());

        var denied = await dave.FailsAsync("iam", "list-users");
        Assert.Equal(
            $"An error occurred (AccessDenied) when calling the ListUsers operation: User: arn:aws:iam::{Server.AccountId}:user/dave " +
            $"is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::{Server.AccountId}:user/ because no identity-based policy allows the iam:ListUsers action",
            denied);

        var lastUsed = (await Root.OkAsync("iam", "get-access-key-last-used", "--access-key-id", keyId));
        Assert.Equal("dave", lastUsed.GetProperty("UserName").GetString());
        Assert.Equal("iam", lastUsed.GetProperty("AccessKeyLastUsed").GetProperty("ServiceName").GetString());
        Assert.Equal("us-east-1", lastUsed.GetProperty("AccessKeyLastUsed").GetProperty("Region").GetString());

        await Root.OkAsync("iam", "update-access-key", "--user-name", "dave", "--access-key-id", keyId, "--status", "Inactive");
        Assert.Contains("(InvalidClientTokenId)", await dave.FailsAsync("sts", "get-caller-identity"));
    }
    [Fact]
    public async Task A_permissions_boundary_set_at_creation_limits_what_the_users_policies_allow()
    {
        Assert.Equal("An error occurred (NoSuchEntity) when calling the CreateUser operation: Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.",
            await Root.FailsAsync("iam", "create-user", "--user-name", "bounded", "--permissions-boundary", "arn:aws:iam::aws:policy/NoSuchPolicy"));
        var user = (await Root.OkAsync("iam", "create-user", "--user-name", "bounded", "--permissions-boundary", "arn:aws:iam::aws:policy/IAMReadOnlyAccess")).GetProperty("User");
        Assert.Equal("arn:aws:iam::aws:policy/IAMReadOnlyAccess", user.GetProperty("PermissionsBoundary").GetProperty("PermissionsBoundaryArn").GetString());
        Assert.Equal("PermissionsBoundaryPolicy", user.GetProperty("PermissionsBoundary").GetProperty("PermissionsBoundaryType").GetString());
        await Root.OkAsync("iam", "put-user-policy", "--user-name", "bounded", "--policy-name", "all-iam", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}""");
        var key = (await Root.OkAsync("iam", "create-access-key", "--user-name", "bounded")).GetProperty("AccessKey");
        var bounded = new AwsCli(Server).As(key);

        await bounded.OkAsync("iam", "list-users");
        Assert.Contains("because no permissions boundary allows the iam:CreateUser action", await bounded.FailsAsync("iam", "create-user", "--user-name", "escapee"));
    }
}
