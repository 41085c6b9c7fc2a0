using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Roles;

/// <summary>Instance profiles holding a role, and the role's deletion waiting for them.</summary>
public sealed class InstanceProfileEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    private AwsCli Aws => new(fixture.Server);

    [Fact]
    public async Task A_role_in_an_instance_profile_cannot_be_deleted_until_it_is_removed()
    {
        await Aws.OkAsync("iam", "create-role", "--role-name", "Web", "--assume-role-policy-document", Trust);
        await Aws.OkAsync("iam", "create-role", "--role-name", "Other", "--assume-role-policy-document", Trust);
        var created = (await Aws.OkAsync("iam", "create-instance-profile", "--instance-profile-name", "WebProfile", "--path", "/app/")).GetProperty("InstanceProfile");
        Assert.StartsWith("AIPA", created.GetProperty("InstanceProfileId").GetString());
        Assert.EndsWith(":instance-profile/app/WebProfile", created.GetProperty("Arn").GetString());
        Assert.Contains("(EntityAlreadyExists)", await Aws.FailsAsync("iam", "create-instance-profile", "--instance-profile-name", "webprofile"));

        await Aws.OkAsync("iam", "add-role-to-instance-profile", "--instance-profile-name", "WebProfile", "--role-name", "Web");
        var quota = await Aws.FailsAsync("iam", "add-role-to-instance-profile", "--instance-profile-name", "WebProfile", "--role-name", "Other");
        Assert.Contains("Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1", quota);
        var profile = (await Aws.OkAsync("iam", "get-instance-profile", "--instance-profile-name", "WebProfile")).GetProperty("InstanceProfile");
        Assert.Equal("Web", profile.GetProperty("Roles")[0].GetProperty("RoleName").GetString());
        Assert.Equal(["WebProfile"], (await Aws.OkAsync("iam", "list-instance-profiles-for-role", "--role-name", "Web"))
            .GetProperty("InstanceProfiles").EnumerateArray().Select(p => p.GetProperty("InstanceProfileName").GetString()));
        Assert.Equal(["WebProfile"], (await Aws.OkAsync("iam", "list-instance-profiles", "--path-prefix", "/app/"))
            .GetProperty("InstanceProfiles").EnumerateArray().Select(p => p.GetProperty("InstanceProfileName").GetString()));

        Assert.Contains("Cannot delete entity, must remove roles from instance profile first.", await Aws.FailsAsync("iam", "delete-role", "--role-name", "Web"));
        Assert.Contains("(DeleteConflict)", await Aws.FailsAsync("iam", "delete-instance-profile", "--instance-profile-name", "WebProfile"));
        await Aws.OkAsync("iam", "remove-role-from-instance-profile", "--instance-profile-name", "WebProfile", "--role-name", "Web");
        await Aws.OkAsync("iam", "delete-role", "--role-name", "Web");
        await Aws.OkAsync("iam", "delete-instance-profile", "--instance-profile-name", "WebProfile");
        Assert.Contains("Instance Profile WebProfile cannot be found.", await Aws.FailsAsync("iam", "get-instance-profile", "--instance-profile-name", "WebProfile"));
    }
}
