using Rampart.Tests.EndToEnd;
using Rampart.Tests.Organizations.Tree;

namespace Rampart.Tests.Sts.Federation;

/// <summary>Centralized root access inside an organization: the management account's administrator takes a
/// privileged root session in a member account with boto3, and the session acts as that account's root confined to
/// its task policy; a delegated administrator for IAM may do the same.</summary>
public sealed class AssumeRootSessionEndToEndTests(OrganizationFixture fixture) : IClassFixture<OrganizationFixture>
{
    private const string Script = """
        import json, os, boto3, botocore.exceptions
        from botocore.config import Config
        config = Config(retries={"max_attempts": 1})
        member = os.environ["MEMBER"]
        sts = boto3.client("sts", config=config)
        audit = {"arn": "arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials"}
        result = {}
        def failure(call):
            try:
                call()
                return None
            except botocore.exceptions.ClientError as error:
                return [error.response["Error"]["Code"], error.response["Error"]["Message"]]
        result["tooLong"] = failure(lambda: sts.assume_root(TargetPrincipal=member, TaskPolicyArn=audit, DurationSeconds=901))
        response = sts.assume_root(TargetPrincipal="arn:aws:iam::" + member + ":root", TaskPolicyArn=audit)
        credentials = response["Credentials"]
        result["key"] = credentials["AccessKeyId"]
        session = boto3.session.Session(aws_access_key_id=credentials["AccessKeyId"], aws_secret_access_key=credentials["SecretAccessKey"],
                                        aws_session_token=credentials["SessionToken"])
        as_root = session.client("iam", config=config)
        result["identity"] = session.client("sts", config=config).get_caller_identity()
        result["identity"].pop("ResponseMetadata")
        result["summary"] = "AccountMFAEnabled" in as_root.get_account_summary()["SummaryMap"]
        result["user"] = as_root.get_user()["User"]["Arn"]
        result["createUser"] = failure(lambda: as_root.create_user(UserName="not-a-task"))
        result["sessionToken"] = failure(lambda: session.client("sts", config=config).get_session_token())
        result["assumeRoot"] = failure(lambda: session.client("sts", config=config).assume_root(TargetPrincipal=member, TaskPolicyArn=audit))
        print(json.dumps(result))
        """;

    [Fact]
    public async Task The_management_account_takes_a_root_session_in_a_member_account_confined_to_its_task()
    {
        var iam = new AwsCli(fixture.Server, "iam");
        await iam.OkAsync("disable-organizations-root-sessions");
        var disabled = await fixture.Administrator.FailsAsync("sts", "assume-root", "--target-principal", fixture.MemberId, "--task-policy-arn",
            "arn=arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials");
        Assert.Contains("AccessDenied", disabled);
        Assert.Contains("because centralized root access (RootSessions) is not enabled for the organization", disabled);
        await iam.OkAsync("enable-organizations-root-sessions");

        var output = await fixture.Administrator.PythonAsync($"import os\nos.environ['MEMBER'] = '{fixture.MemberId}'\n" + Script);
        Assert.Equal("ValidationError", output.GetProperty("tooLong")[0].GetString());
        Assert.StartsWith("ASIA", output.GetProperty("key").GetString());
        var identity = output.GetProperty("identity");
        Assert.Equal($"arn:aws:iam::{fixture.MemberId}:root", identity.GetProperty("Arn").GetString());
        Assert.Equal(fixture.MemberId, identity.GetProperty("Account").GetString());
        Assert.Equal(fixture.MemberId, identity.GetProperty("UserId").GetString());
        Assert.True(output.GetProperty("summary").GetBoolean());
        Assert.Equal($"arn:aws:iam::{fixture.MemberId}:root", output.GetProperty("user").GetString());
        Assert.Equal("AccessDenied", output.GetProperty("createUser")[0].GetString());
        Assert.Contains($"User: arn:aws:iam::{fixture.MemberId}:root is not authorized to perform: iam:CreateUser", output.GetProperty("createUser")[1].GetString());
        Assert.Contains("session policy", output.GetProperty("createUser")[1].GetString());
        Assert.Equal("AccessDenied", output.GetProperty("sessionToken")[0].GetString());
        Assert.Equal("AccessDenied", output.GetProperty("assumeRoot")[0].GetString());
    }

    [Fact]
    public async Task A_delegated_administrator_for_IAM_takes_root_sessions_in_other_member_accounts()
    {
        await new AwsCli(fixture.Server, "iam").OkAsync("enable-organizations-root-sessions");
        var delegate_ = await fixture.CreateAccountAsync("iam-delegate@fixture.example", "IAM delegate");
        var target = await fixture.CreateAccountAsync("root-target@fixture.example", "Root target");
        var asDelegate = await fixture.SignInAsync(delegate_);
        const string Task = "arn=arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials";

        var before = await asDelegate.FailsAsync("sts", "assume-root", "--target-principal", target, "--task-policy-arn", Task);
        Assert.Contains("because the calling account is not the management account or the delegated administrator for IAM of an organization", before);

        await fixture.Management.OkAsync("enable-aws-service-access", "--service-principal", "iam.amazonaws.com");
        await fixture.Management.OkAsync("register-delegated-administrator", "--account-id", delegate_, "--service-principal", "iam.amazonaws.com");
        var credentials = (await asDelegate.OkAsync("sts", "assume-root", "--target-principal", target, "--task-policy-arn", Task,
            "--duration-seconds", "300")).GetProperty("Credentials");
        var asTargetRoot = new AwsCli(fixture.Server).As(credentials);
        Assert.Equal($"arn:aws:iam::{target}:root", (await asTargetRoot.OkAsync("sts", "get-caller-identity")).GetProperty("Arn").GetString());
        Assert.Equal($"arn:aws:iam::{target}:root", (await asTargetRoot.OkAsync("iam", "get-user")).GetProperty("User").GetProperty("Arn").GetString());
        Assert.Contains("iam:ListUsers", await asTargetRoot.FailsAsync("iam", "list-users"));
        // The management account itself is never a target.
        Assert.Contains("is not a member account of organization",
            await asDelegate.FailsAsync("sts", "assume-root", "--target-principal", fixture.Server.AccountId, "--task-policy-arn", Task));
    }
}
