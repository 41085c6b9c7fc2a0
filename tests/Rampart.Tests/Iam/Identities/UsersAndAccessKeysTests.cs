using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Identities;

/// <summary>IAM users and their access keys, driven by the real aws CLI and boto3 against one server.</summary>
public sealed class UsersAndAccessKeysTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private RampartProcess Server => fixture.Server;

    private IamClient Root => new(Server);

    [Fact]
    public async Task Creates_a_user_with_path_and_tags_and_refuses_the_same_name_in_another_case()
    {
        var created = (await Root.RunAsync("iam", "create-user", "--user-name", "Alice", "--path", "/eng/",
            "--tags", "Key=team,Value=core"))!.Value.GetProperty("User");
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:user/eng/Alice", created.GetProperty("Arn").GetString());
        Assert.Matches("^AIDA[A-Z2-7]{17}$", created.GetProperty("UserId").GetString());

        var fetched = (await Root.RunAsync("iam", "get-user", "--user-name", "alice"))!.Value.GetProperty("User");
        Assert.Equal("Alice", fetched.GetProperty("UserName").GetString());
        Assert.Equal("/eng/", fetched.GetProperty("Path").GetString());
        Assert.Equal("core", fetched.GetProperty("Tags")[0].GetProperty("Value").GetString());

        var duplicate = await Root.FailAsync("iam", "create-user", "--user-name", "ALICE");
        Assert.Equal("An error occurred (EntityAlreadyExists) when calling the CreateUser operation: User with name ALICE already exists.", duplicate);

        var missing = await Root.FailAsync("iam", "get-user", "--user-name", "nobody");
        Assert.Equal("An error occurred (NoSuchEntity) when calling the GetUser operation: The user with name nobody cannot be found.", missing);
    }

    [Fact]
    public async Task Root_get_user_without_a_name_describes_the_root_user()
    {
        var root = (await Root.RunAsync("iam", "get-user"))!.Value.GetProperty("User");
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:root", root.GetProperty("Arn").GetString());
        Assert.Equal(Server.AccountId, root.GetProperty("UserId").GetString());
        Assert.False(root.TryGetProperty("UserName", out _));
    }

    [Fact]
    public async Task Lists_users_by_path_prefix_in_pages_with_boto3()
    {
        foreach (var name in new[] { "p1", "p2", "p3", "p4", "p5" })
        {
            await Root.RunAsync("iam", "create-user", "--user-name", name, "--path", "/paged/");
        }
        await Root.RunAsync("iam", "create-user", "--user-name", "elsewhere", "--path", "/pagedx/");
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
        await Root.RunAsync("iam", "create-user", "--user-name", "bob");
        await Root.RunAsync("iam", "create-access-key", "--user-name", "bob");
        await Root.RunAsync("iam", "update-user", "--user-name", "bob", "--new-user-name", "robert", "--new-path", "/ops/");
        var user = (await Root.RunAsync("iam", "get-user", "--user-name", "robert"))!.Value.GetProperty("User");
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:user/ops/robert", user.GetProperty("Arn").GetString());
        Assert.Contains("(NoSuchEntity)", await Root.FailAsync("iam", "get-user", "--user-name", "bob"));
        var keys = (await Root.RunAsync("iam", "list-access-keys", "--user-name", "robert"))!.Value.GetProperty("AccessKeyMetadata");
        Assert.Equal("robert", keys[0].GetProperty("UserName").GetString());

        await Root.RunAsync("iam", "tag-user", "--user-name", "robert", "--tags", "Key=a,Value=1", "Key=b,Value=2");
        await Root.RunAsync("iam", "tag-user", "--user-name", "robert", "--tags", "Key=A,Value=3");
        await Root.RunAsync("iam", "untag-user", "--user-name", "robert", "--tag-keys", "b");
        var tags = (await Root.RunAsync("iam", "list-user-tags", "--user-name", "robert"))!.Value.GetProperty("Tags");
        Assert.Equal("""[{"Key":"A","Value":"3"}]""", JsonSerializer.Serialize(tags));

        var reserved = await Root.FailAsync("iam", "tag-user", "--user-name", "robert", "--tags", "Key=aws:x,Value=1");
        Assert.Contains("(InvalidInput)", reserved);
    }

    [Fact]
    public async Task Allows_two_access_keys_and_refuses_to_delete_a_user_that_has_any()
    {
        await Root.RunAsync("iam", "create-user", "--user-name", "carol");
        var first = (await Root.RunAsync("iam", "create-access-key", "--user-name", "carol"))!.Value.GetProperty("AccessKey");
        Assert.Matches("^AKIA[A-Z2-7]{16}$", first.GetProperty("AccessKeyId").GetString());
        Assert.Equal(40, first.GetProperty("SecretAccessKey").GetString()!.Length);
        var second = (await Root.RunAsync("iam", "create-access-key", "--user-name", "carol"))!.Value.GetProperty("AccessKey");

        var third = await Root.FailAsync("iam", "create-access-key", "--user-name", "carol");
        Assert.Equal("An error occurred (LimitExceeded) when calling the CreateAccessKey operation: Cannot exceed quota for AccessKeysPerUser: 2", third);

        var conflict = await Root.FailAsync("iam", "delete-user", "--user-name", "carol");
        Assert.Equal("An error occurred (DeleteConflict) when calling the DeleteUser operation: Cannot delete entity, must delete access keys first.", conflict);

        await Root.RunAsync("iam", "update-access-key", "--user-name", "carol", "--access-key-id", second.GetProperty("AccessKeyId").GetString()!, "--status", "Inactive");
        var listed = (await Root.RunAsync("iam", "list-access-keys", "--user-name", "carol"))!.Value.GetProperty("AccessKeyMetadata");
        Assert.Equal(["Active", "Inactive"], listed.EnumerateArray().Select(k => k.GetProperty("Status").GetString()!).ToArray());
        Assert.All(listed.EnumerateArray(), k => Assert.False(k.TryGetProperty("SecretAccessKey", out _)));

        foreach (var key in new[] { first, second })
        {
            await Root.RunAsync("iam", "delete-access-key", "--user-name", "carol", "--access-key-id", key.GetProperty("AccessKeyId").GetString()!);
        }
        await Root.RunAsync("iam", "delete-user", "--user-name", "carol");
        Assert.Contains("(NoSuchEntity)", await Root.FailAsync("iam", "get-user", "--user-name", "carol"));
    }

    [Fact]
    public async Task A_new_users_key_authenticates_but_is_denied_until_a_policy_allows()
    {
        await Root.RunAsync("iam", "create-user", "--user-name", "dave", "--tags", "Key=dept,Value=qa");
        var key = (await Root.RunAsync("iam", "create-access-key", "--user-name", "dave"))!.Value.GetProperty("AccessKey");
        var keyId = key.GetProperty("AccessKeyId").GetString()!;
        var dave = new IamClient(Server, keyId, key.GetProperty("SecretAccessKey").GetString());

        var identity = (await dave.RunAsync("sts", "get-caller-identity"))!.Value;
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:user/dave", identity.GetProperty("Arn").GetString());
        Assert.StartsWith("AIDA", identity.GetProperty("UserId").GetString());

        var denied = await dave.FailAsync("iam", "list-users");
        Assert.Equal(
            $"An error occurred (AccessDenied) when calling the ListUsers operation: User: arn:aws:iam::{Server.AccountId}:user/dave " +
            $"is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::{Server.AccountId}:user/ because no identity-based policy allows the iam:ListUsers action",
            denied);

        var lastUsed = (await Root.RunAsync("iam", "get-access-key-last-used", "--access-key-id", keyId))!.Value;
        Assert.Equal("dave", lastUsed.GetProperty("UserName").GetString());
        Assert.Equal("iam", lastUsed.GetProperty("AccessKeyLastUsed").GetProperty("ServiceName").GetString());
        Assert.Equal("us-east-1", lastUsed.GetProperty("AccessKeyLastUsed").GetProperty("Region").GetString());

        await Root.RunAsync("iam", "update-access-key", "--user-name", "dave", "--access-key-id", keyId, "--status", "Inactive");
        Assert.Contains("(InvalidClientTokenId)", await dave.FailAsync("sts", "get-caller-identity"));
    }
    [Fact]
    public async Task A_permissions_boundary_set_at_creation_limits_what_the_users_policies_allow()
    {
        Assert.Equal("An error occurred (NoSuchEntity) when calling the CreateUser operation: Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.",
            await Root.FailAsync("iam", "create-user", "--user-name", "bounded", "--permissions-boundary", "arn:aws:iam::aws:policy/NoSuchPolicy"));
        var user = (await Root.RunAsync("iam", "create-user", "--user-name", "bounded", "--permissions-boundary", "arn:aws:iam::aws:policy/IAMReadOnlyAccess"))!.Value.GetProperty("User");
        Assert.Equal("arn:aws:iam::aws:policy/IAMReadOnlyAccess", user.GetProperty("PermissionsBoundary").GetProperty("PermissionsBoundaryArn").GetString());
        Assert.Equal("PermissionsBoundaryPolicy", user.GetProperty("PermissionsBoundary").GetProperty("PermissionsBoundaryType").GetString());
        await Root.RunAsync("iam", "put-user-policy", "--user-name", "bounded", "--policy-name", "all-iam", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}""");
        var key = (await Root.RunAsync("iam", "create-access-key", "--user-name", "bounded"))!.Value.GetProperty("AccessKey");
        var bounded = new IamClient(Server, key.GetProperty("AccessKeyId").GetString(), key.GetProperty("SecretAccessKey").GetString());

        await bounded.RunAsync("iam", "list-users");
        Assert.Contains("because no permissions boundary allows the iam:CreateUser action", await bounded.FailAsync("iam", "create-user", "--user-name", "escapee"));
    }
}
