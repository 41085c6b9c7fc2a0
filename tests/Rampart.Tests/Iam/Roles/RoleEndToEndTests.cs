using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Roles;

/// <summary>Roles and their policies through the real aws CLI.</summary>
public sealed class RoleEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string TrustAccount = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}""";
    private const string ListBucket = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::example"}]}""";

    private AwsCli Aws => new(fixture.Server);

    [Fact]
    public async Task A_role_is_created_read_updated_listed_tagged_and_deleted()
    {
        var created = (await Aws.OkAsync("iam", "create-role", "--role-name", "Deployer", "--path", "/ci/", "--assume-role-policy-document", TrustAccount,
            "--description", "deploys", "--max-session-duration", "7200", "--tags", "Key=team,Value=ops")).GetProperty("Role");
        Assert.StartsWith("AROA", created.GetProperty("RoleId").GetString());
        Assert.Equal(21, created.GetProperty("RoleId").GetString()!.Length);
        var arn = created.GetProperty("Arn").GetString()!;
        Assert.EndsWith(":role/ci/Deployer", arn);
        Assert.Equal("sts:AssumeRole", created.GetProperty("AssumeRolePolicyDocument").GetProperty("Statement")[0].GetProperty("Action").GetString());

        var duplicate = await Aws.FailsAsync("iam", "create-role", "--role-name", "DEPLOYER", "--assume-role-policy-document", TrustAccount);
        Assert.Contains("(EntityAlreadyExists)", duplicate);
        Assert.Contains("Role with name DEPLOYER already exists.", duplicate);

        await Aws.OkAsync("iam", "update-role", "--role-name", "Deployer", "--max-session-duration", "43200");
        await Aws.OkAsync("iam", "update-role-description", "--role-name", "Deployer", "--description", "ships");
        await Aws.OkAsync("iam", "tag-role", "--role-name", "Deployer", "--tags", "Key=stage,Value=prod");
        await Aws.OkAsync("iam", "untag-role", "--role-name", "Deployer", "--tag-keys", "team");
        var role = (await Aws.OkAsync("iam", "get-role", "--role-name", "deployer")).GetProperty("Role");
        Assert.Equal(43200, role.GetProperty("MaxSessionDuration").GetInt32());
        Assert.Equal("ships", role.GetProperty("Description").GetString());
        Assert.Equal("stage", role.GetProperty("Tags")[0].GetProperty("Key").GetString());
        Assert.Equal(1, role.GetProperty("Tags").GetArrayLength());
        Assert.Equal(["stage"], (await Aws.OkAsync("iam", "list-role-tags", "--role-name", "Deployer")).GetProperty("Tags").EnumerateArray().Select(t => t.GetProperty("Key").GetString()));

        var listed = await Aws.OkAsync("iam", "list-roles", "--path-prefix", "/ci/");
        Assert.Equal(["Deployer"], listed.GetProperty("Roles").EnumerateArray().Select(r => r.GetProperty("RoleName").GetString()));

        await Aws.OkAsync("iam", "delete-role", "--role-name", "Deployer");
        var missing = await Aws.FailsAsync("iam", "get-role", "--role-name", "Deployer");
        Assert.Contains("(NoSuchEntity)", missing);
        Assert.Contains("The role with name Deployer cannot be found.", missing);
    }

    [Fact]
    public async Task Bad_trust_policies_and_session_durations_are_refused()
    {
        var malformed = await Aws.FailsAsync("iam", "create-role", "--role-name", "Broken", "--assume-role-policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}""");
        Assert.Contains("(MalformedPolicyDocument)", malformed);
        var tooLong = await Aws.FailsAsync("iam", "create-role", "--role-name", "Broken", "--assume-role-policy-document", TrustAccount, "--max-session-duration", "43201");
        Assert.Contains("ValidationError", tooLong);
        await Aws.OkAsync("iam", "create-role", "--role-name", "Updatable", "--assume-role-policy-document", TrustAccount);
        Assert.Contains("(MalformedPolicyDocument)", await Aws.FailsAsync("iam", "update-assume-role-policy", "--role-name", "Updatable", "--policy-document", "{}"));
        Assert.Contains("(NoSuchEntity)", await Aws.FailsAsync("iam", "update-assume-role-policy", "--role-name", "Nobody", "--policy-document", TrustAccount));
    }

    [Fact]
    public async Task A_role_with_policies_cannot_be_deleted_until_they_are_removed()
    {
        await Aws.OkAsync("iam", "create-role", "--role-name", "Holder", "--assume-role-policy-document", TrustAccount);
        await Aws.OkAsync("iam", "put-role-policy", "--role-name", "Holder", "--policy-name", "inline", "--policy-document", ListBucket);
        await Aws.OkAsync("iam", "attach-role-policy", "--role-name", "Holder", "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess");
        await Aws.OkAsync("iam", "put-role-permissions-boundary", "--role-name", "Holder", "--permissions-boundary", "arn:aws:iam::aws:policy/ReadOnlyAccess");

        Assert.Equal("s3:ListBucket", (await Aws.OkAsync("iam", "get-role-policy", "--role-name", "Holder", "--policy-name", "inline"))
            .GetProperty("PolicyDocument").GetProperty("Statement")[0].GetProperty("Action").GetString());
        Assert.Equal(["inline"], (await Aws.OkAsync("iam", "list-role-policies", "--role-name", "Holder")).GetProperty("PolicyNames").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["ReadOnlyAccess"], (await Aws.OkAsync("iam", "list-attached-role-policies", "--role-name", "Holder"))
            .GetProperty("AttachedPolicies").EnumerateArray().Select(p => p.GetProperty("PolicyName").GetString()));
        Assert.Equal("arn:aws:iam::aws:policy/ReadOnlyAccess", (await Aws.OkAsync("iam", "get-role", "--role-name", "Holder"))
            .GetProperty("Role").GetProperty("PermissionsBoundary").GetProperty("PermissionsBoundaryArn").GetString());

        Assert.Contains("Cannot delete entity, must detach all policies first.", await Aws.FailsAsync("iam", "delete-role", "--role-name", "Holder"));
        await Aws.OkAsync("iam", "detach-role-policy", "--role-name", "Holder", "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess");
        Assert.Contains("Cannot delete entity, must delete policies first.", await Aws.FailsAsync("iam", "delete-role", "--role-name", "Holder"));
        await Aws.OkAsync("iam", "delete-role-policy", "--role-name", "Holder", "--policy-name", "inline");
        await Aws.OkAsync("iam", "delete-role-permissions-boundary", "--role-name", "Holder");
        Assert.False((await Aws.OkAsync("iam", "get-role", "--role-name", "Holder")).GetProperty("Role").TryGetProperty("PermissionsBoundary", out _));
        await Aws.OkAsync("iam", "delete-role", "--role-name", "Holder");
    }
}
