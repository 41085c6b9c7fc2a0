using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Sts;

/// <summary>boto3 creates a role trusting a user, the user assumes it, and a client built from the session's
/// credentials acts as the role.</summary>
public sealed class Boto3AssumeRoleTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string Script = """
        import json, os, boto3, botocore.exceptions
        from botocore.config import Config
        config = Config(retries={"max_attempts": 1})
        iam = boto3.client("iam", config=config)
        user = iam.create_user(UserName="boto-user")["User"]
        key = iam.create_access_key(UserName="boto-user")["AccessKey"]
        trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": user["Arn"]}, "Action": ["sts:AssumeRole", "sts:TagSession"]}]}
        role = iam.create_role(RoleName="BotoRole", AssumeRolePolicyDocument=json.dumps(trust), MaxSessionDuration=3600)["Role"]
        iam.put_role_policy(RoleName="BotoRole", PolicyName="list", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]}))
        as_user = boto3.client("sts", aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"], config=config)
        result = {"trustActions": role["AssumeRolePolicyDocument"]["Statement"][0]["Action"]}
        try:
            as_user.assume_role(RoleArn=role["Arn"], RoleSessionName="boto", DurationSeconds=7200)
        except botocore.exceptions.ClientError as error:
            result["tooLong"] = [error.response["Error"]["Code"], error.response["Error"]["Message"]]
        credentials = as_user.assume_role(RoleArn=role["Arn"], RoleSessionName="boto", Tags=[{"Key": "project", "Value": "blue"}])["Credentials"]
        session = boto3.session.Session(aws_access_key_id=credentials["AccessKeyId"], aws_secret_access_key=credentials["SecretAccessKey"],
                                        aws_session_token=credentials["SessionToken"])
        result["arn"] = session.client("sts", config=config).get_caller_identity()["Arn"]
        result["roles"] = [r["RoleName"] for r in session.client("iam", config=config).list_roles()["Roles"]]
        print(json.dumps(result))
        """;

    [Fact]
    public async Task A_user_assumes_a_role_with_boto3_and_acts_as_it()
    {
        var result = await ExternalTools.PythonAsync(Script, fixture.Server.ClientEnvironment);
        Assert.True(result.ExitCode == 0, result.ToString());
        var output = JsonDocument.Parse(result.Output).RootElement;

        Assert.Equal(["sts:AssumeRole", "sts:TagSession"], output.GetProperty("trustActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("ValidationError", output.GetProperty("tooLong")[0].GetString());
        Assert.Equal("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.", output.GetProperty("tooLong")[1].GetString());
        Assert.Matches(@"^arn:aws:sts::\d{12}:assumed-role/BotoRole/boto$", output.GetProperty("arn").GetString());
        Assert.Contains("BotoRole", output.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}
