using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Sts.Outbound;

/// <summary>Outbound identity federation with boto3: the account enables it, a user whose policy limits audience and
/// lifetime obtains RS256 and ES384 JWTs, and an external verifier checks them against the keys the account's issuer
/// publishes at its discovery endpoints.</summary>
public sealed class WebIdentityTokenEndToEndTests(EnforcingServerFixture server) : IClassFixture<EnforcingServerFixture>
{
    private const string Script = """
        import base64, json, os, urllib.request, boto3, botocore.exceptions
        from botocore.config import Config
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils
        config = Config(retries={"max_attempts": 1})
        iam = boto3.client("iam", config=config)
        sts = boto3.client("sts", config=config)
        result = {}
        def failure(call):
            try:
                call()
                return None
            except botocore.exceptions.ClientError as error:
                return [error.response["Error"]["Code"], error.response["Error"]["Message"], error.response["ResponseMetadata"]["HTTPStatusCode"]]
        audience = "https://api.example.com"
        result["disabled"] = failure(lambda: sts.get_web_identity_token(Audience=[audience], SigningAlgorithm="RS256"))
        issuer = iam.enable_outbound_web_identity_federation()["IssuerIdentifier"]
        result["issuer"] = issuer
        user = iam.create_user(UserName="vendor", Tags=[{"Key": "team", "Value": "blue"}])["User"]
        iam.put_user_policy(UserName="vendor", PolicyName="tokens", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "sts:GetWebIdentityToken", "Resource": "*", "Condition": {
                "ForAllValues:StringEquals": {"sts:IdentityTokenAudience": audience}, "NumericLessThanEquals": {"sts:DurationSeconds": "300"}}},
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}))
        key = iam.create_access_key(UserName="vendor")["AccessKey"]
        vendor = boto3.client("sts", config=config, aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])
        result["badAlgorithm"] = failure(lambda: vendor.get_web_identity_token(Audience=[audience], SigningAlgorithm="HS256"))
        result["otherAudience"] = failure(lambda: vendor.get_web_identity_token(Audience=["https://elsewhere.example"], SigningAlgorithm="RS256"))
        result["tooLong"] = failure(lambda: vendor.get_web_identity_token(Audience=[audience], SigningAlgorithm="RS256", DurationSeconds=600))
        tokens = {alg: vendor.get_web_identity_token(Audience=[audience], SigningAlgorithm=alg, Tags=[{"Key": "job", "Value": "42"}])
                  for alg in ["RS256", "ES384"]}
        host = issuer.split("://", 1)[1]
        def fetch(path):
            request = urllib.request.Request(os.environ["RAMPART_URL"] + path, headers={"Host": host})
            return json.loads(urllib.request.urlopen(request).read())
        configuration = fetch("/.well-known/openid-configuration")
        result["jwksUri"] = configuration["jwks_uri"]
        jwks = {k["kid"]: k for k in fetch("/.well-known/jwks.json")["keys"]}
        def b64(text):
            return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        def number(text):
            return int.from_bytes(b64(text), "big")
        def verify(token):
            head, body, signature = token.split(".")
            header = json.loads(b64(head))
            jwk = jwks[header["kid"]]
            signed = (head + "." + body).encode()
            if header["alg"] == "RS256":
                rsa.RSAPublicNumbers(number(jwk["e"]), number(jwk["n"])).public_key().verify(b64(signature), signed, padding.PKCS1v15(), hashes.SHA256())
            else:
                raw = b64(signature)
                public = ec.EllipticCurvePublicNumbers(number(jwk["x"]), number(jwk["y"]), ec.SECP384R1()).public_key()
                public.verify(utils.encode_dss_signature(int.from_bytes(raw[:48], "big"), int.from_bytes(raw[48:], "big")), signed, ec.ECDSA(hashes.SHA384()))
            return header, json.loads(b64(body))
        result["tokens"] = {}
        for alg, response in tokens.items():
            header, claims = verify(response["WebIdentityToken"])
            result["tokens"][alg] = {"header": header, "claims": claims, "lifetime": (response["Expiration"].timestamp() - claims["iat"])}
        forged = tokens["RS256"]["WebIdentityToken"].split(".")
        claims = json.loads(b64(forged[1]))
        claims["sub"] = "arn:aws:iam::999999999999:root"
        forged[1] = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
        try:
            verify(".".join(forged))
            result["forgedVerifies"] = True
        except Exception:
            result["forgedVerifies"] = False
        trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": user["Arn"]}, "Action": "sts:AssumeRole"}]}
        role = iam.create_role(RoleName="TokenRole", AssumeRolePolicyDocument=json.dumps(trust))["Role"]
        iam.put_role_policy(RoleName="TokenRole", PolicyName="tokens", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:GetWebIdentityToken", "Resource": "*"}]}))
        credentials = vendor.assume_role(RoleArn=role["Arn"], RoleSessionName="short", DurationSeconds=900)["Credentials"]
        as_role = boto3.client("sts", config=config, aws_access_key_id=credentials["AccessKeyId"],
                               aws_secret_access_key=credentials["SecretAccessKey"], aws_session_token=credentials["SessionToken"])
        result["escalation"] = failure(lambda: as_role.get_web_identity_token(Audience=[audience], SigningAlgorithm="ES384", DurationSeconds=3600))
        _, role_claims = verify(as_role.get_web_identity_token(Audience=[audience, "https://second.example"], SigningAlgorithm="ES384")["WebIdentityToken"])
        result["roleClaims"] = role_claims
        result["userArn"] = user["Arn"]
        result["roleArn"] = role["Arn"]
        print(json.dumps(result))
        """;

    [Fact]
    public async Task A_vended_token_verifies_against_the_issuers_published_keys_and_says_who_asked()
    {
        var output = await new AwsCli(server.Server).PythonAsync(Script);

        Assert.Equal("OutboundWebIdentityFederationDisabledException", output.GetProperty("disabled")[0].GetString());
        Assert.Equal(403, output.GetProperty("disabled")[2].GetInt32());
        var issuer = output.GetProperty("issuer").GetString()!;
        Assert.Matches("^https://[0-9a-f-]{36}\\.tokens\\.sts\\.global\\.api\\.aws$", issuer);
        Assert.Equal("ValidationError", output.GetProperty("badAlgorithm")[0].GetString());
        Assert.Equal("AccessDenied", output.GetProperty("otherAudience")[0].GetString());
        Assert.Contains("sts:GetWebIdentityToken", output.GetProperty("otherAudience")[1].GetString());
        Assert.Equal("AccessDenied", output.GetProperty("tooLong")[0].GetString());
        Assert.Equal(issuer + "/.well-known/jwks.json", output.GetProperty("jwksUri").GetString());

        foreach (var algorithm in new[] { "RS256", "ES384" })
        {
            var token = output.GetProperty("tokens").GetProperty(algorithm);
            Assert.Equal(algorithm, token.GetProperty("header").GetProperty("alg").GetString());
            var claims = token.GetProperty("claims");
            Assert.Equal(issuer, claims.GetProperty("iss").GetString());
            Assert.Equal("https://api.example.com", claims.GetProperty("aud").GetString());
            Assert.Equal(output.GetProperty("userArn").GetString(), claims.GetProperty("sub").GetString());
            Assert.Equal(300, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
            Assert.Equal(300, token.GetProperty("lifetime").GetDouble());
            var aws = claims.GetProperty("https://sts.amazonaws.com/");
            Assert.Equal(server.Server.AccountId, aws.GetProperty("aws_account").GetString());
            Assert.Equal("blue", aws.GetProperty("principal_tags").GetProperty("team").GetString());
            Assert.Equal("42", aws.GetProperty("request_tags").GetProperty("job").GetString());
        }
        Assert.False(output.GetProperty("forgedVerifies").GetBoolean());

        Assert.Equal("SessionDurationEscalationException", output.GetProperty("escalation")[0].GetString());
        var roleClaims = output.GetProperty("roleClaims");
        Assert.Equal(output.GetProperty("roleArn").GetString(), roleClaims.GetProperty("sub").GetString());
        Assert.Equal(["https://api.example.com", "https://second.example"], roleClaims.GetProperty("aud").EnumerateArray().Select(a => a.GetString()));
    }
}
