using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Policies;

/// <summary>Attached and inline policies, permissions boundaries and their enforcement through the real aws CLI.</summary>
public sealed class AttachmentEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string ListBucket = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::example"}]}""";

    private AwsCli Iam => new(fixture.Server, "iam");

    [Fact]
    public async Task An_attached_policy_cannot_be_deleted_and_is_counted_and_listed()
    {
        await Iam.OkAsync("create-user", "--user-name", "attach-alice");
        await Iam.OkAsync("create-group", "--group-name", "attach-devs");
        var arn = (await Iam.OkAsync("create-policy", "--policy-name", "Attached", "--policy-document", ListBucket))
            .GetProperty("Policy").GetProperty("Arn").GetString()!;

        await Iam.OkAsync("attach-user-policy", "--user-name", "attach-alice", "--policy-arn", arn);
        await Iam.OkAsync("attach-user-policy", "--user-name", "attach-alice", "--policy-arn", arn);
        await Iam.OkAsync("attach-group-policy", "--group-name", "attach-devs", "--policy-arn", arn);

        var conflict = await Iam.FailsAsync("delete-policy", "--policy-arn", arn);
        Assert.Contains("(DeleteConflict)", conflict);
        Assert.Contains("Cannot delete a policy attached to entities.", conflict);
        Assert.Equal(2, (await Iam.OkAsync("get-policy", "--policy-arn", arn)).GetProperty("Policy").GetProperty("AttachmentCount").GetInt32());
        var entities = await Iam.OkAsync("list-entities-for-policy", "--policy-arn", arn);
        Assert.Equal("attach-alice", entities.GetProperty("PolicyUsers")[0].GetProperty("UserName").GetString());
        Assert.Equal("attach-devs", entities.GetProperty("PolicyGroups")[0].GetProperty("GroupName").GetString());
        var attached = await Iam.OkAsync("list-attached-user-policies", "--user-name", "attach-alice");
        Assert.Equal(arn, attached.GetProperty("AttachedPolicies")[0].GetProperty("PolicyArn").GetString());
        Assert.Contains("must detach all policies first", await Iam.FailsAsync("delete-user", "--user-name", "attach-alice"));

        await Iam.OkAsync("detach-user-policy", "--user-name", "attach-alice", "--policy-arn", arn);
        await Iam.OkAsync("detach-group-policy", "--group-name", "attach-devs", "--policy-arn", arn);
        Assert.Contains("(NoSuchEntity)", await Iam.FailsAsync("detach-user-policy", "--user-name", "attach-alice", "--policy-arn", arn));
        await Iam.OkAsync("delete-policy", "--policy-arn", arn);
        await Iam.OkAsync("delete-user", "--user-name", "attach-alice");
    }

    [Fact]
    public async Task Attaching_refuses_unknown_entities_and_policies_and_an_eleventh_policy()
    {
        await Iam.OkAsync("create-user", "--user-name", "attach-bob");
        var unknownUser = await Iam.FailsAsync("attach-user-policy", "--user-name", "nobody", "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess");
        Assert.Contains("The user with name nobody cannot be found.", unknownUser);
        var unknownPolicy = await Iam.FailsAsync("attach-user-policy", "--user-name", "attach-bob", "--policy-arn", "arn:aws:iam::aws:policy/NoSuchPolicy");
        Assert.Contains("Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.", unknownPolicy);

        for (var i = 0; i < 10; i++)
        {
            var arn = (await Iam.OkAsync("create-policy", "--policy-name", $"Quota{i}", "--policy-document", ListBucket))
                .GetProperty("Policy").GetProperty("Arn").GetString()!;
            await Iam.OkAsync("attach-user-policy", "--user-name", "attach-bob", "--policy-arn", arn);
        }
        var eleventh = await Iam.FailsAsync("attach-user-policy", "--user-name", "attach-bob", "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess");
        Assert.Contains("(LimitExceeded)", eleventh);
        Assert.Contains("Cannot exceed quota for PoliciesPerUser: 10", eleventh);
    }

    [Fact]
    public async Task Inline_policies_share_the_holders_size_quota()
    {
        await Iam.OkAsync("create-user", "--user-name", "inline-carol");
        await Iam.OkAsync("put-user-policy", "--user-name", "inline-carol", "--policy-name", "small", "--policy-document", ListBucket);
        var stored = await Iam.OkAsync("get-user-policy", "--user-name", "inline-carol", "--policy-name", "small");
        Assert.Equal("s3:ListBucket", stored.GetProperty("PolicyDocument").GetProperty("Statement")[0].GetProperty("Action").GetString());
        Assert.Equal(["small"], (await Iam.OkAsync("list-user-policies", "--user-name", "inline-carol")).GetProperty("PolicyNames").EnumerateArray().Select(n => n.GetString()));

        // 2,013 characters: within the quota alone, over it together with "small".
        var actions = string.Join(",", Enumerable.Range(0, 170).Select(i => $"\"s3:Get{i}\""));
        var large = await Iam.FailsAsync("put-user-policy", "--user-name", "inline-carol", "--policy-name", "large", "--policy-document",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[{{actions}}],"Resource":"*"}]}""");
        Assert.Contains("(LimitExceeded)", large);
        Assert.Contains("Maximum policy size of 2048 bytes exceeded for user inline-carol", large);

        await Iam.OkAsync("create-group", "--group-name", "inline-group");
        await Iam.OkAsync("put-group-policy", "--group-name", "inline-group", "--policy-name", "large", "--policy-document",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[{{actions}}],"Resource":"*"}]}""");
        Assert.Contains("must delete policies first", await Iam.FailsAsync("delete-user", "--user-name", "inline-carol"));
        await Iam.OkAsync("delete-user-policy", "--user-name", "inline-carol", "--policy-name", "small");
        Assert.Contains("The user policy with name small cannot be found.", await Iam.FailsAsync("get-user-policy", "--user-name", "inline-carol", "--policy-name", "small"));
        await Iam.OkAsync("delete-user", "--user-name", "inline-carol");
    }

    [Fact]
    public async Task A_new_user_can_do_nothing_until_a_policy_allows_it()
    {
        await Iam.OkAsync("create-user", "--user-name", "enforce-dave");
        var key = (await Iam.OkAsync("create-access-key", "--user-name", "enforce-dave")).GetProperty("AccessKey");
        var dave = Iam.As(key.GetProperty("AccessKeyId").GetString()!, key.GetProperty("SecretAccessKey").GetString()!);
        var userArn = $"arn:aws:iam::{fixture.Server.AccountId}:user/enforce-dave";

        var denied = await dave.FailsAsync("list-users");
        Assert.Contains("(AccessDenied)", denied);
        Assert.Contains($"User: {userArn} is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::{fixture.Server.AccountId}:user/ because no identity-based policy allows the iam:ListUsers action", denied);

        await Iam.OkAsync("attach-user-policy", "--user-name", "enforce-dave", "--policy-arn", "arn:aws:iam::aws:policy/IAMReadOnlyAccess");
        await dave.OkAsync("list-users");
        Assert.Contains("(AccessDenied)", await dave.FailsAsync("create-group", "--group-name", "enforce-nope"));

        await Iam.OkAsync("create-group", "--group-name", "enforce-admins");
        await Iam.OkAsync("add-user-to-group", "--group-name", "enforce-admins", "--user-name", "enforce-dave");
        await Iam.OkAsync("put-group-policy", "--group-name", "enforce-admins", "--policy-name", "groups", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateGroup","Resource":"*"}]}""");
        await dave.OkAsync("create-group", "--group-name", "enforce-by-group");

        // A boundary that allows only reads takes CreateGroup away again, though the group policy still allows it.
        await Iam.OkAsync("put-user-permissions-boundary", "--user-name", "enforce-dave", "--permissions-boundary", "arn:aws:iam::aws:policy/IAMReadOnlyAccess");
        var bounded = await dave.FailsAsync("create-group", "--group-name", "enforce-bounded");
        Assert.Contains("because no permissions boundary allows the iam:CreateGroup action", bounded);
        await dave.OkAsync("list-users");
        Assert.Equal(1, (await Iam.OkAsync("get-policy", "--policy-arn", "arn:aws:iam::aws:policy/IAMReadOnlyAccess"))
            .GetProperty("Policy").GetProperty("PermissionsBoundaryUsageCount").GetInt32());
        await Iam.OkAsync("delete-user-permissions-boundary", "--user-name", "enforce-dave");
        await dave.OkAsync("create-group", "--group-name", "enforce-unbounded");
    }

    [Fact]
    public async Task Principal_and_resource_tags_decide_with_ABAC()
    {
        await Iam.OkAsync("create-user", "--user-name", "abac-erin", "--tags", "Key=team,Value=red");
        await Iam.OkAsync("create-user", "--user-name", "abac-red", "--tags", "Key=team,Value=red");
        await Iam.OkAsync("create-user", "--user-name", "abac-blue", "--tags", "Key=team,Value=blue");
        await Iam.OkAsync("put-user-policy", "--user-name", "abac-erin", "--policy-name", "same-team", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/team":"${aws:PrincipalTag/team}"}}}]}""");
        var key = (await Iam.OkAsync("create-access-key", "--user-name", "abac-erin")).GetProperty("AccessKey");
        var erin = Iam.As(key.GetProperty("AccessKeyId").GetString()!, key.GetProperty("SecretAccessKey").GetString()!);

        await erin.OkAsync("get-user", "--user-name", "abac-red");
        Assert.Contains("(AccessDenied)", await erin.FailsAsync("get-user", "--user-name", "abac-blue"));
    }

    [Fact]
    public async Task Account_authorization_details_list_users_groups_and_used_policies_page_by_page()
    {
        await Iam.OkAsync("create-user", "--user-name", "details-hank");
        await Iam.OkAsync("create-group", "--group-name", "details-group");
        await Iam.OkAsync("add-user-to-group", "--group-name", "details-group", "--user-name", "details-hank");
        await Iam.OkAsync("put-user-policy", "--user-name", "details-hank", "--policy-name", "own", "--policy-document", ListBucket);
        await Iam.OkAsync("attach-group-policy", "--group-name", "details-group", "--policy-arn", "arn:aws:iam::aws:policy/SecurityAudit");

        var details = await Iam.OkAsync("get-account-authorization-details", "--page-size", "1");

        var hank = details.GetProperty("UserDetailList").EnumerateArray().Single(u => u.GetProperty("UserName").GetString() == "details-hank");
        Assert.Equal(["details-group"], hank.GetProperty("GroupList").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("s3:ListBucket", hank.GetProperty("UserPolicyList")[0].GetProperty("PolicyDocument").GetProperty("Statement")[0].GetProperty("Action").GetString());
        var group = details.GetProperty("GroupDetailList").EnumerateArray().Single(g => g.GetProperty("GroupName").GetString() == "details-group");
        Assert.Equal("arn:aws:iam::aws:policy/SecurityAudit", group.GetProperty("AttachedManagedPolicies")[0].GetProperty("PolicyArn").GetString());
        var policies = details.GetProperty("Policies").EnumerateArray().Select(p => p.GetProperty("PolicyName").GetString()).ToList();
        Assert.Contains("SecurityAudit", policies);
        Assert.DoesNotContain("AWSDenyAll", policies);
    }
}
