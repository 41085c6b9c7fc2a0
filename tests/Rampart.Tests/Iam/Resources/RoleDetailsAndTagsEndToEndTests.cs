using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Resources;

/// <summary>Roles in GetAccountAuthorizationDetails, and role tags seen by policies on role actions (aws:ResourceTag).</summary>
public sealed class RoleDetailsAndTagsEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    private AwsCli Iam => new(fixture.Server, "iam");

    [Fact]
    public async Task Authorization_details_list_roles_with_profiles_policies_and_tags_under_the_role_filter()
    {
        await Iam.OkAsync("create-role", "--role-name", "Detailed", "--assume-role-policy-document", Trust, "--tags", "Key=team,Value=blue");
        await Iam.OkAsync("put-role-policy", "--role-name", "Detailed", "--policy-name", "Logs", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:PutLogEvents","Resource":"*"}]}""");
        await Iam.OkAsync("attach-role-policy", "--role-name", "Detailed", "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess");
        await Iam.OkAsync("create-instance-profile", "--instance-profile-name", "DetailedProfile");
        await Iam.OkAsync("add-role-to-instance-profile", "--instance-profile-name", "DetailedProfile", "--role-name", "Detailed");
        await Iam.OkAsync("create-user", "--user-name", "not-a-role");

        var details = await Iam.OkAsync("get-account-authorization-details", "--filter", "Role");
        Assert.Empty(details.GetProperty("UserDetailList").EnumerateArray());
        var role = details.GetProperty("RoleDetailList").EnumerateArray().Single(r => r.GetProperty("RoleName").GetString() == "Detailed");
        Assert.Equal("DetailedProfile", role.GetProperty("InstanceProfileList")[0].GetProperty("InstanceProfileName").GetString());
        Assert.Equal("Logs", role.GetProperty("RolePolicyList")[0].GetProperty("PolicyName").GetString());
        Assert.Equal("arn:aws:iam::aws:policy/ReadOnlyAccess", role.GetProperty("AttachedManagedPolicies")[0].GetProperty("PolicyArn").GetString());
        Assert.Equal("blue", role.GetProperty("Tags")[0].GetProperty("Value").GetString());
        Assert.Equal("ec2.amazonaws.com", role.GetProperty("AssumeRolePolicyDocument").GetProperty("Statement")[0].GetProperty("Principal").GetProperty("Service").GetString());
        Assert.True(role.TryGetProperty("RoleLastUsed", out _));

        var everything = await Iam.OkAsync("get-account-authorization-details");
        Assert.Contains("not-a-role", everything.GetProperty("UserDetailList").EnumerateArray().Select(u => u.GetProperty("UserName").GetString()));
        Assert.Contains("Detailed", everything.GetProperty("RoleDetailList").EnumerateArray().Select(r => r.GetProperty("RoleName").GetString()));
    }

    [Fact]
    public async Task A_policy_on_role_tags_allows_editing_only_the_tagged_roles()
    {
        await Iam.OkAsync("create-role", "--role-name", "BlueRole", "--assume-role-policy-document", Trust, "--tags", "Key=team,Value=blue");
        await Iam.OkAsync("create-role", "--role-name", "RedRole", "--assume-role-policy-document", Trust, "--tags", "Key=team,Value=red");
        await Iam.OkAsync("create-user", "--user-name", "blue-admin");
        await Iam.OkAsync("put-user-policy", "--user-name", "blue-admin", "--policy-name", "BlueRoles", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:UpdateRoleDescription","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/team":"blue"}}}]}""");
        var blueAdmin = Iam.As((await Iam.OkAsync("create-access-key", "--user-name", "blue-admin")).GetProperty("AccessKey"));

        await blueAdmin.OkAsync("update-role-description", "--role-name", "BlueRole", "--description", "edited by the blue team");
        Assert.Contains("(AccessDenied)", await blueAdmin.FailsAsync("update-role-description", "--role-name", "RedRole", "--description", "not mine"));
        Assert.Equal("edited by the blue team", (await Iam.OkAsync("get-role", "--role-name", "BlueRole")).GetProperty("Role").GetProperty("Description").GetString());
    }
}
