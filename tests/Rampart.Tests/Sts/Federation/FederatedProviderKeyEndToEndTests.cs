using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Sts.Federation;

/// <summary>aws:FederatedProvider travels with a web identity session: the role's policy allows an action only to
/// sessions that came through its OIDC provider, so the same role assumed directly by a user may not.</summary>
public sealed class FederatedProviderKeyEndToEndTests(EnforcingServerFixture server, OidcIssuerFixture oidc)
    : IClassFixture<EnforcingServerFixture>, IClassFixture<OidcIssuerFixture>
{
    private const string Audience = "provider-key-app";

    [Fact]
    public async Task Requests_made_with_a_web_identity_session_carry_the_provider_that_authenticated_it()
    {
        var token = oidc.Issuer.Rs256("worker-7", Audience, TimeSpan.FromHours(1));
        var script = $$$"""
            import json, boto3, botocore, botocore.exceptions
            from botocore.config import Config
            config = Config(retries={"max_attempts": 1})
            iam = boto3.client("iam", config=config)
            provider = iam.create_open_id_connect_provider(Url="{{{oidc.Issuer.Url}}}", ClientIDList=["{{{Audience}}}"])["OpenIDConnectProviderArn"]
            user = iam.create_user(UserName="direct")["User"]
            key = iam.create_access_key(UserName="direct")["AccessKey"]
            iam.put_user_policy(UserName="direct", PolicyName="assume", PolicyDocument=json.dumps(
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}))
            trust = {"Version": "2012-10-17", "Statement": [
                {"Effect": "Allow", "Principal": {"Federated": provider}, "Action": "sts:AssumeRoleWithWebIdentity"},
                {"Effect": "Allow", "Principal": {"AWS": user["Arn"]}, "Action": "sts:AssumeRole"}]}
            role = iam.create_role(RoleName="ProviderKeyRole", AssumeRolePolicyDocument=json.dumps(trust))["Role"]
            iam.put_role_policy(RoleName="ProviderKeyRole", PolicyName="federated-only", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
                {"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*", "Condition": {"StringEquals": {"aws:FederatedProvider": provider} } },
                {"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}))
            def session_of(credentials):
                return boto3.session.Session(aws_access_key_id=credentials["AccessKeyId"], aws_secret_access_key=credentials["SecretAccessKey"],
                                             aws_session_token=credentials["SessionToken"]).client("iam", config=config)
            def outcome(call):
                try:
                    call()
                    return "allowed"
                except botocore.exceptions.ClientError as error:
                    return error.response["Error"]["Code"] + ": " + error.response["Error"]["Message"]
            anonymous = boto3.client("sts", config=Config(signature_version=botocore.UNSIGNED, retries={"max_attempts": 1}))
            federated = session_of(anonymous.assume_role_with_web_identity(RoleArn=role["Arn"], RoleSessionName="federated",
                                                                          WebIdentityToken="{{{token}}}")["Credentials"])
            direct = session_of(boto3.client("sts", config=config, aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])
                                .assume_role(RoleArn=role["Arn"], RoleSessionName="direct")["Credentials"])
            print(json.dumps({
                "federatedRoles": outcome(federated.list_roles), "federatedUsers": outcome(federated.list_users),
                "directRoles": outcome(direct.list_roles), "directUsers": outcome(direct.list_users)}))
            """;

        var result = await new AwsCli(server.Server).PythonAsync(script);

        Assert.Equal("allowed", result.GetProperty("federatedRoles").GetString());
        Assert.Equal("allowed", result.GetProperty("federatedUsers").GetString());
        Assert.Equal("allowed", result.GetProperty("directUsers").GetString());
        Assert.StartsWith("AccessDenied: ", result.GetProperty("directRoles").GetString());
        Assert.Contains("assumed-role/ProviderKeyRole/direct is not authorized to perform: iam:ListRoles", result.GetProperty("directRoles").GetString());
    }
}
