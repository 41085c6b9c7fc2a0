using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Sts.Federation;

/// <summary>AssumeRoleWithWebIdentity end to end: a loopback OIDC issuer signs tokens, IAM registers it as an OIDC
/// provider, a role trusts it for one audience and subject, and boto3 (unsigned, as botocore sends this call) and the
/// aws CLI exchange tokens for role sessions; every kind of bad token gets STS's error.</summary>
public sealed class WebIdentityEndToEndTests(EnforcingServerFixture server, OidcIssuerFixture oidc)
    : IClassFixture<EnforcingServerFixture>, IClassFixture<OidcIssuerFixture>
{
    private const string Audience = "rampart-app";
    private const string Subject = "repo:octo/app:ref:refs/heads/main";

    private TestOidcIssuer Issuer => oidc.Issuer;

    [Fact]
    public async Task Tokens_are_exchanged_for_role_sessions_only_when_genuine_current_and_for_the_trusted_audience_and_subject()
    {
        var hour = TimeSpan.FromHours(1);
        var tokens = new JsonObject
        {
            ["rs256"] = Issuer.Rs256(Subject, Audience, hour, new JsonObject { ["amr"] = new JsonArray("pwd", "mfa") }),
            ["es256"] = Issuer.Es256(Subject, Audience, hour),
            ["wrongAudience"] = Issuer.Rs256(Subject, "another-app", hour),
            ["expired"] = Issuer.Rs256(Subject, Audience, TimeSpan.FromMinutes(-5)),
            ["forged"] = Issuer.ForgeRs256(Subject, Audience, hour),
            ["altered"] = Issuer.Altered(Subject, Audience, hour),
            ["wrongSubject"] = Issuer.Rs256("repo:mallory/app", Audience, hour),
            ["notJwt"] = "this-is-not-a-token",
            ["tagged"] = Issuer.Rs256(Subject, Audience, hour, new JsonObject
            {
                ["https://aws.amazon.com/tags"] = new JsonObject { ["principal_tags"] = new JsonObject { ["team"] = new JsonArray("blue") } },
            }),
        };
        var script = $$$"""
            import json, boto3, botocore, botocore.exceptions
            from botocore.config import Config
            config = Config(retries={"max_attempts": 1})
            tokens = json.loads('''{{{tokens.ToJsonString()}}}''')
            iam = boto3.client("iam", config=config)
            provider = iam.create_open_id_connect_provider(Url="{{{Issuer.Url}}}", ClientIDList=["{{{Audience}}}"])["OpenIDConnectProviderArn"]
            trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": provider},
                "Action": "sts:AssumeRoleWithWebIdentity",
                "Condition": {"StringEquals": {"{{{Issuer.Host}}}:aud": "{{{Audience}}}", "{{{Issuer.Host}}}:sub": "{{{Subject}}}"},
                              "ForAllValues:StringEquals": {"{{{Issuer.Host}}}:amr": ["pwd", "mfa"]} } }]}
            role = iam.create_role(RoleName="WebRole", AssumeRolePolicyDocument=json.dumps(trust))["Role"]
            iam.put_role_policy(RoleName="WebRole", PolicyName="list", PolicyDocument=json.dumps(
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]}))
            anonymous = boto3.client("sts", config=Config(signature_version=botocore.UNSIGNED, retries={"max_attempts": 1}))
            result = {"provider": provider}
            for name, token in tokens.items():
                try:
                    r = anonymous.assume_role_with_web_identity(RoleArn=role["Arn"], RoleSessionName="web-" + name, WebIdentityToken=token)
                    result[name] = {"user": r["AssumedRoleUser"]["Arn"], "subject": r["SubjectFromWebIdentityToken"],
                                    "provider": r["Provider"], "audience": r["Audience"], "credentials": r["Credentials"]}
                except botocore.exceptions.ClientError as error:
                    result[name] = {"error": [error.response["Error"]["Code"], error.response["Error"]["Message"]]}
            c = result["rs256"]["credentials"]
            session = boto3.session.Session(aws_access_key_id=c["AccessKeyId"], aws_secret_access_key=c["SecretAccessKey"], aws_session_token=c["SessionToken"])
            result["caller"] = session.client("sts", config=config).get_caller_identity()["Arn"]
            result["roles"] = [r["RoleName"] for r in session.client("iam", config=config).list_roles()["Roles"]]
            try:
                session.client("iam", config=config).list_users()
                result["listUsers"] = "allowed"
            except botocore.exceptions.ClientError as error:
                result["listUsers"] = error.response["Error"]["Code"]
            print(json.dumps(result, default=str))
            """;

        var result = await new AwsCli(server.Server).PythonAsync(script);

        var provider = result.GetProperty("provider").GetString();
        Assert.Equal($"arn:aws:iam::{AccountOf(result)}:oidc-provider/{Issuer.Host}", provider);
        foreach (var genuine in new[] { "rs256", "es256" })
        {
            var session = result.GetProperty(genuine);
            Assert.True(session.TryGetProperty("user", out var user), session.ToString());
            Assert.EndsWith($":assumed-role/WebRole/web-{genuine}", user.GetString());
            Assert.Equal(Subject, session.GetProperty("subject").GetString());
            Assert.Equal(Issuer.Url, session.GetProperty("provider").GetString());
            Assert.Equal(Audience, session.GetProperty("audience").GetString());
            Assert.StartsWith("ASIA", session.GetProperty("credentials").GetProperty("AccessKeyId").GetString());
        }
        Assert.Equal(["InvalidIdentityToken", "Incorrect token audience"], Error(result, "wrongAudience"));
        Assert.Equal("ExpiredTokenException", Error(result, "expired")[0]);
        Assert.StartsWith("Token expired: current date/time ", Error(result, "expired")[1]);
        Assert.Equal("InvalidIdentityToken", Error(result, "forged")[0]);
        Assert.Equal("InvalidIdentityToken", Error(result, "altered")[0]);
        Assert.Equal(["AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity"], Error(result, "wrongSubject"));
        Assert.Equal(["InvalidIdentityToken", "The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)"], Error(result, "notJwt"));
        // Session tags need sts:TagSession in the trust policy, which this role does not grant.
        Assert.Equal(["AccessDenied", "Not authorized to perform sts:TagSession"], Error(result, "tagged"));
        Assert.EndsWith(":assumed-role/WebRole/web-rs256", result.GetProperty("caller").GetString());
        Assert.Contains("WebRole", result.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("AccessDenied", result.GetProperty("listUsers").GetString());
    }

    [Fact]
    public async Task The_aws_cli_assumes_a_role_with_a_token_and_is_refused_once_the_provider_is_deleted()
    {
        var root = new AwsCli(server.Server);
        var provider = (await root.OkAsync("iam", "create-open-id-connect-provider", "--url", Issuer.Url, "--client-id-list", "cli-app"))
            .GetProperty("OpenIDConnectProviderArn").GetString()!;
        var trust = $$$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"{{{provider}}}"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"{{{Issuer.Host}}}:aud":"cli-app"} } }]}""";
        var role = (await root.OkAsync("iam", "create-role", "--role-name", "CliWebRole", "--assume-role-policy-document", trust))
            .GetProperty("Role").GetProperty("Arn").GetString()!;
        var token = Issuer.Rs256("cli-user", "cli-app", TimeSpan.FromMinutes(10));

        var assumed = await root.OkAsync("sts", "assume-role-with-web-identity", "--role-arn", role, "--role-session-name", "cli",
            "--web-identity-token", token, "--duration-seconds", "900");
        await root.OkAsync("iam", "delete-open-id-connect-provider", "--open-id-connect-provider-arn", provider);
        var refused = await root.FailsAsync("sts", "assume-role-with-web-identity", "--role-arn", role, "--role-session-name", "cli",
            "--web-identity-token", token);

        Assert.EndsWith(":assumed-role/CliWebRole/cli", assumed.GetProperty("AssumedRoleUser").GetProperty("Arn").GetString());
        var expiration = assumed.GetProperty("Credentials").GetProperty("Expiration").GetDateTimeOffset();
        Assert.InRange(expiration - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(16));
        Assert.Contains("InvalidIdentityToken", refused);
        Assert.Contains($"No OpenIDConnect provider found in your account for {Issuer.Url}", refused);
    }

    private static string AccountOf(JsonElement result) => result.GetProperty("rs256").GetProperty("user").GetString()!.Split(':')[4];

    private static string[] Error(JsonElement result, string name)
    {
        var entry = result.GetProperty(name);
        Assert.True(entry.TryGetProperty("error", out var error), $"{name}: {entry}");
        return [error[0].GetString()!, error[1].GetString()!];
    }
}
