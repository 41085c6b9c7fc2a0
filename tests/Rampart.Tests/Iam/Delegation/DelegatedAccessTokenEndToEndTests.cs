using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Delegation;

/// <summary>A partner's delegation request, taken, accepted and finalized by an IAM user of the customer account, whose
/// released token (delivered to the outbox that stands in for the partner's SNS topic) buys the partner credentials
/// once: they act as that user, narrowed by the request's permission policy, until the delegation period ends.</summary>
public sealed class DelegatedAccessTokenEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string Script = """
        import datetime, json, os, stat, boto3, botocore.exceptions
        from botocore.config import Config
        config = Config(retries={"max_attempts": 1})
        iam = boto3.client("iam", config=config)
        sts = boto3.client("sts", config=config)
        def error_of(call):
            try:
                call()
                return None
            except botocore.exceptions.ClientError as error:
                return error.response["Error"]["Code"]
        owner = iam.create_user(UserName="delegation-owner")["User"]
        iam.put_user_policy(UserName="delegation-owner", PolicyName="admin", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
        key = iam.create_access_key(UserName="delegation-owner")["AccessKey"]
        owner_iam = boto3.client("iam", aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"], config=config)
        request_id = iam.create_delegation_request(
            Description="Read IAM for the audit", Permissions={"PolicyTemplateArn": "arn:aws:iam::aws:policy/IAMReadOnlyAccess"},
            RequestorWorkflowId="workflow-7", NotificationChannel="arn:aws:sns:us-east-1:111122223333:partner", SessionDuration=900)["DelegationRequestId"]
        result = {"ownerArn": owner["Arn"]}
        result["sendBeforeAccept"] = error_of(lambda: owner_iam.send_delegation_token(DelegationRequestId=request_id))
        owner_iam.associate_delegation_request(DelegationRequestId=request_id)
        owner_iam.accept_delegation_request(DelegationRequestId=request_id)
        owner_iam.send_delegation_token(DelegationRequestId=request_id)
        result["state"] = iam.get_delegation_request(DelegationRequestId=request_id)["DelegationRequest"]["State"]
        outbox = os.path.join(os.environ["RAMPART_DATA"], "delegation-tokens", request_id + ".token")
        result["outboxMode"] = oct(stat.S_IMODE(os.stat(outbox).st_mode))
        token = open(outbox).read()
        result["forged"] = error_of(lambda: sts.get_delegated_access_token(TradeInToken=token[:-4] + "AAAA"))
        before = datetime.datetime.now(datetime.timezone.utc)
        granted = sts.get_delegated_access_token(TradeInToken=token)
        credentials = granted["Credentials"]
        result["assumedPrincipal"] = granted["AssumedPrincipal"]
        result["packedPolicySize"] = granted["PackedPolicySize"]
        result["keyId"] = credentials["AccessKeyId"]
        result["expiresWithinPeriod"] = credentials["Expiration"] <= before + datetime.timedelta(seconds=905)
        result["reused"] = error_of(lambda: sts.get_delegated_access_token(TradeInToken=token))
        session = boto3.session.Session(aws_access_key_id=credentials["AccessKeyId"], aws_secret_access_key=credentials["SecretAccessKey"],
                                        aws_session_token=credentials["SessionToken"])
        result["callerArn"] = session.client("sts", config=config).get_caller_identity()["Arn"]
        delegated_iam = session.client("iam", config=config)
        result["listed"] = "delegation-owner" in [u["UserName"] for u in delegated_iam.list_users()["Users"]]
        result["createUser"] = error_of(lambda: delegated_iam.create_user(UserName="not-allowed"))
        print(json.dumps(result))
        """;

    [Fact]
    public async Task A_released_token_buys_credentials_once_narrowed_by_the_permission_policy()
    {
        var environment = new Dictionary<string, string>(fixture.Server.ClientEnvironment) { ["RAMPART_DATA"] = fixture.Server.DataDirectory };
        var result = await ExternalTools.PythonAsync(Script, environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        var output = JsonDocument.Parse(result.Output).RootElement;

        Assert.Equal("InvalidInput", output.GetProperty("sendBeforeAccept").GetString());
        Assert.Equal("FINALIZED", output.GetProperty("state").GetString());
        Assert.Equal("0o600", output.GetProperty("outboxMode").GetString());
        Assert.Equal("AccessDenied", output.GetProperty("forged").GetString());
        var ownerArn = output.GetProperty("ownerArn").GetString();
        Assert.Equal(ownerArn, output.GetProperty("assumedPrincipal").GetString());
        Assert.InRange(output.GetProperty("packedPolicySize").GetInt32(), 1, 100);
        Assert.StartsWith("ASIA", output.GetProperty("keyId").GetString());
        Assert.True(output.GetProperty("expiresWithinPeriod").GetBoolean());
        Assert.Equal("ExpiredTradeInTokenException", output.GetProperty("reused").GetString());
        Assert.Equal(ownerArn, output.GetProperty("callerArn").GetString());
        Assert.True(output.GetProperty("listed").GetBoolean());
        Assert.Equal("AccessDenied", output.GetProperty("createUser").GetString());
    }
}
