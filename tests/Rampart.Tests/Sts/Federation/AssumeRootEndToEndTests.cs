using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Sts.Federation;

/// <summary>AssumeRoot's refusals with the aws CLI, outside an organization: root credentials, a task policy that is
/// not a root-task policy, a user whose policies do not allow it, and a user that may but whose account manages no
/// organization.</summary>
public sealed class AssumeRootEndToEndTests(EnforcingServerFixture server) : IClassFixture<EnforcingServerFixture>
{
    private const string TaskPolicy = "arn=arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy";
    private const string Member = "111122223333";

    [Fact]
    public async Task Assume_root_is_refused_as_AWS_refuses_it_when_its_conditions_are_not_met()
    {
        var root = new AwsCli(server.Server);
        await root.OkAsync("iam", "create-user", "--user-name", "operator");
        await root.OkAsync("iam", "create-user", "--user-name", "bystander");
        await root.OkAsync("iam", "put-user-policy", "--user-name", "operator", "--policy-name", "root-tasks", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRoot","Resource":"*","Condition":{"StringEquals":{"sts:TaskPolicyArn":"arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy"}}}]}""");
        var operatorKey = (await root.OkAsync("iam", "create-access-key", "--user-name", "operator")).GetProperty("AccessKey");
        var bystanderKey = (await root.OkAsync("iam", "create-access-key", "--user-name", "bystander")).GetProperty("AccessKey");
        var asOperator = root.As(operatorKey);

        var byRoot = await root.FailsAsync("sts", "assume-root", "--target-principal", Member, "--task-policy-arn", TaskPolicy);
        var notATask = await asOperator.FailsAsync("sts", "assume-root", "--target-principal", Member, "--task-policy-arn",
            "arn=arn:aws:iam::aws:policy/AdministratorAccess");
        var notAllowed = await root.As(bystanderKey).FailsAsync("sts", "assume-root", "--target-principal", Member, "--task-policy-arn", TaskPolicy);
        var otherTask = await asOperator.FailsAsync("sts", "assume-root", "--target-principal", Member, "--task-policy-arn",
            "arn=arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials");
        var noOrganization = await asOperator.FailsAsync("sts", "assume-root", "--target-principal", $"arn:aws:iam::{Member}:root", "--task-policy-arn", TaskPolicy);

        Assert.Contains("AccessDenied", byRoot);
        Assert.Contains("You cannot use root user credentials to call AssumeRoot.", byRoot);
        Assert.Contains("ValidationError", notATask);
        Assert.Contains($"is not authorized to perform: sts:AssumeRoot on resource: arn:aws:iam::{Member}:root because no identity-based policy allows the sts:AssumeRoot action", notAllowed);
        Assert.Contains("because no identity-based policy allows the sts:AssumeRoot action", otherTask);
        Assert.Contains("AccessDenied", noOrganization);
        Assert.Contains("because the calling account is not the management account or the delegated administrator for IAM of an organization", noOrganization);
    }
}
