using Rampart.Tests.EndToEnd;
using Rampart.Tests.Organizations.Tree;

namespace Rampart.Tests.Iam.RootCredentials;

/// <summary>Centralized root access with boto3: root sessions in a member account audit, create and delete the
/// member root user's own credentials, each confined to its task policy; and the default account's root user manages
/// its own access keys with its long-term key.</summary>
public sealed class RootSessionCredentialsEndToEndTests(OrganizationFixture fixture) : IClassFixture<OrganizationFixture>
{
    private const string Script = """
        import json, os, boto3, botocore.exceptions
        from botocore.config import Config
        config = Config(retries={"max_attempts": 1})
        member = os.environ["MEMBER"]
        sts = boto3.client("sts", config=config)
        def root_iam(task):
            credentials = sts.assume_root(TargetPrincipal=member, TaskPolicyArn={"arn": "arn:aws:iam::aws:policy/root-task/" + task})["Credentials"]
            return boto3.client("iam", aws_access_key_id=credentials["AccessKeyId"], aws_secret_access_key=credentials["SecretAccessKey"],
                                aws_session_token=credentials["SessionToken"], config=config)
        def failure(call):
            try:
                call()
                return None
            except botocore.exceptions.ClientError as error:
                return [error.response["Error"]["Code"], error.response["Error"]["Message"]]
        audit, create, delete = root_iam("IAMAuditRootUserCredentials"), root_iam("IAMCreateRootUserPassword"), root_iam("IAMDeleteRootUserCredentials")
        result = {}
        result["keys"] = audit.list_access_keys()["AccessKeyMetadata"]
        result["mfa"] = audit.list_mfa_devices()["MFADevices"]
        result["certificates"] = audit.list_signing_certificates()["Certificates"]
        result["noProfile"] = failure(lambda: audit.get_login_profile())
        result["auditCannotCreate"] = failure(lambda: audit.create_login_profile())
        result["withPassword"] = failure(lambda: create.create_login_profile(Password="Aa1!aaaaaaaaaaaa"))
        result["created"] = create.create_login_profile()["LoginProfile"]["UserName"]
        result["again"] = failure(lambda: create.create_login_profile())
        result["profile"] = audit.get_login_profile()["LoginProfile"]["UserName"]
        result["passwordPresent"] = audit.get_account_summary()["SummaryMap"]["AccountPasswordPresent"]
        result["auditCannotDelete"] = failure(lambda: audit.delete_login_profile())
        delete.delete_login_profile()
        result["deleted"] = failure(lambda: delete.get_login_profile())
        result["passwordGone"] = audit.get_account_summary()["SummaryMap"]["AccountPasswordPresent"]
        result["deleteAgain"] = failure(lambda: delete.delete_login_profile())
        result["noSuchKey"] = failure(lambda: delete.delete_access_key(AccessKeyId="AKIAIOSFODNN7EXAMPLE"))
        print(json.dumps(result, default=str))
        """;

    [Fact]
    public async Task Root_sessions_audit_create_and_delete_the_member_root_users_login_profile()
    {
        await new AwsCli(fixture.Server, "iam").OkAsync("enable-organizations-root-sessions");
        var member = await fixture.CreateAccountAsync("root-credentials@fixture.example", "Root credentials");

        var output = await fixture.Administrator.PythonAsync($"import os\nos.environ['MEMBER'] = '{member}'\n" + Script);

        Assert.Equal(0, output.GetProperty("keys").GetArrayLength());
        Assert.Equal(0, output.GetProperty("mfa").GetArrayLength());
        Assert.Equal(0, output.GetProperty("certificates").GetArrayLength());
        Assert.Equal("NoSuchEntity", output.GetProperty("noProfile")[0].GetString());
        Assert.Equal("AccessDenied", output.GetProperty("auditCannotCreate")[0].GetString());
        Assert.Contains($"arn:aws:iam::{member}:root is not authorized to perform: iam:CreateLoginProfile", output.GetProperty("auditCannotCreate")[1].GetString());
        Assert.Equal("ValidationError", output.GetProperty("withPassword")[0].GetString());
        Assert.Equal(member, output.GetProperty("created").GetString());
        Assert.Equal("EntityAlreadyExists", output.GetProperty("again")[0].GetString());
        Assert.Equal(member, output.GetProperty("profile").GetString());
        Assert.Equal("AccessDenied", output.GetProperty("auditCannotDelete")[0].GetString());
        Assert.Equal(1, output.GetProperty("passwordPresent").GetInt32());
        Assert.Equal("NoSuchEntity", output.GetProperty("deleted")[0].GetString());
        Assert.Equal(0, output.GetProperty("passwordGone").GetInt32());
        Assert.Equal("NoSuchEntity", output.GetProperty("deleteAgain")[0].GetString());
        Assert.Equal(["NoSuchEntity", "The Access Key with id AKIAIOSFODNN7EXAMPLE cannot be found."],
            output.GetProperty("noSuchKey").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task The_root_user_manages_its_own_access_keys_with_its_long_term_key()
    {
        var root = new AwsCli(fixture.Server, "iam");
        var serverKey = fixture.Server.RootAccessKeyId;

        var listed = (await root.OkAsync("list-access-keys")).GetProperty("AccessKeyMetadata");
        Assert.Equal([serverKey], listed.EnumerateArray().Select(k => k.GetProperty("AccessKeyId").GetString()));

        var created = (await root.OkAsync("create-access-key")).GetProperty("AccessKey");
        var second = created.GetProperty("AccessKeyId").GetString()!;
        Assert.StartsWith("AKIA", second);
        Assert.Equal($"arn:aws:iam::{fixture.Server.AccountId}:root",
            (await new AwsCli(fixture.Server).As(created).OkAsync("sts", "get-caller-identity")).GetProperty("Arn").GetString());
        Assert.Contains("LimitExceeded", await root.FailsAsync("create-access-key"));
        Assert.Equal(1, (await root.OkAsync("get-account-summary")).GetProperty("SummaryMap").GetProperty("AccountAccessKeysPresent").GetInt32());

        await root.OkAsync("update-access-key", "--access-key-id", second, "--status", "Inactive");
        var statuses = (await root.OkAsync("list-access-keys")).GetProperty("AccessKeyMetadata").EnumerateArray()
            .ToDictionary(k => k.GetProperty("AccessKeyId").GetString()!, k => k.GetProperty("Status").GetString());
        Assert.Equal(new Dictionary<string, string?> { [serverKey] = "Active", [second] = "Inactive" }, statuses);
        Assert.Contains("InvalidClientTokenId", await new AwsCli(fixture.Server).As(created).FailsAsync("sts", "get-caller-identity"));

        Assert.Contains("DeleteConflict", await root.FailsAsync("delete-access-key", "--access-key-id", serverKey));
        await root.OkAsync("delete-access-key", "--access-key-id", second);
        listed = (await root.OkAsync("list-access-keys")).GetProperty("AccessKeyMetadata");
        Assert.Equal([serverKey], listed.EnumerateArray().Select(k => k.GetProperty("AccessKeyId").GetString()));

        // A user's key is not the root user's to manage without naming the user.
        await root.OkAsync("create-user", "--user-name", "key-owner");
        var userKey = (await root.OkAsync("create-access-key", "--user-name", "key-owner")).GetProperty("AccessKey").GetProperty("AccessKeyId").GetString()!;
        Assert.Contains("NoSuchEntity", await root.FailsAsync("delete-access-key", "--access-key-id", userKey));
        // The console password of the root user is managed only from a root session.
        Assert.Contains("ValidationError", await root.FailsAsync("get-login-profile"));
    }
}
