using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Sts.Federation;

/// <summary>AssumeRoleWithSAML end to end: IAM registers a test IdP from its metadata, a role trusts it, and boto3
/// (unsigned) exchanges signed SAML responses for role sessions; tampered, wrapped, foreign, expired and misdirected
/// responses get STS's errors.</summary>
public sealed class SamlEndToEndTests(EnforcingServerFixture server) : IClassFixture<EnforcingServerFixture>, IDisposable
{
    private readonly TestSamlIdp idp = new();

    public void Dispose() => idp.Dispose();

    [Fact]
    public async Task Signed_responses_for_the_role_become_sessions_and_every_bad_response_is_refused()
    {
        var root = new AwsCli(server.Server);
        var account = server.Server.AccountId;
        var provider = (await root.OkAsync("iam", "create-saml-provider", "--name", "TestIdp", "--saml-metadata-document", idp.Metadata()))
            .GetProperty("SAMLProviderArn").GetString()!;
        var trust = $$$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"{{{provider}}}"},"Action":"sts:AssumeRoleWithSAML","Condition":{"StringEquals":{"saml:aud":"https://signin.aws.amazon.com/saml","saml:sub":"alice@example.test","saml:doc":"{{{account}}}/TestIdp"} } }]}""";
        var role = (await root.OkAsync("iam", "create-role", "--role-name", "SamlRole", "--assume-role-policy-document", trust))
            .GetProperty("Role").GetProperty("Arn").GetString()!;
        var other = $"arn:aws:iam::{account}:role/OtherRole";
        using var stranger = TestSamlIdp.Stranger();
        var five = TimeSpan.FromMinutes(5);
        var tampered = idp.SignedResponse(role, provider, "alice", five);
        Element(tampered, "NameID").InnerText = "mallory@example.test";
        var wrapped = idp.SignedResponse(role, provider, "alice", five);
        var genuine = Element(wrapped, "Assertion");
        var forged = (XmlElement)genuine.CloneNode(true);
        forged.SetAttribute("ID", "_forged");
        forged.RemoveChild(forged.GetElementsByTagName("Signature", "http://www.w3.org/2000/09/xmldsig#")[0]!);
        genuine.ParentNode!.InsertBefore(forged, genuine);
        var responses = new JsonObject
        {
            ["genuine"] = idp.Response(role, provider, "alice", five),
            ["tampered"] = TestSamlIdp.Encode(tampered),
            ["wrapped"] = TestSamlIdp.Encode(wrapped),
            ["foreign"] = stranger.Response(role, provider, "alice", five),
            ["expired"] = idp.Response(role, provider, "alice", TimeSpan.FromMinutes(-1)),
            ["otherAudience"] = idp.Response(role, provider, "alice", five, audience: "https://elsewhere.example.test"),
            ["otherRole"] = idp.Response(other, provider, "alice", five),
            ["notSaml"] = Convert.ToBase64String("<html/>"u8.ToArray()),
        };
        var script = $$$"""
            import json, boto3, botocore, botocore.exceptions
            from botocore.config import Config
            responses = json.loads('''{{{responses.ToJsonString()}}}''')
            anonymous = boto3.client("sts", config=Config(signature_version=botocore.UNSIGNED, retries={"max_attempts": 1}))
            result = {}
            for name, response in responses.items():
                try:
                    r = anonymous.assume_role_with_saml(RoleArn="{{{role}}}", PrincipalArn="{{{provider}}}", SAMLAssertion=response)
                    result[name] = {"user": r["AssumedRoleUser"]["Arn"], "subject": r["Subject"], "subjectType": r["SubjectType"],
                                    "issuer": r["Issuer"], "audience": r["Audience"], "nameQualifier": r["NameQualifier"], "credentials": r["Credentials"]}
                except botocore.exceptions.ClientError as error:
                    result[name] = {"error": [error.response["Error"]["Code"], error.response["Error"]["Message"]]}
            c = result["genuine"]["credentials"]
            session = boto3.session.Session(aws_access_key_id=c["AccessKeyId"], aws_secret_access_key=c["SecretAccessKey"], aws_session_token=c["SessionToken"])
            result["caller"] = session.client("sts").get_caller_identity()["Arn"]
            print(json.dumps(result, default=str))
            """;

        var result = await root.PythonAsync(script);

        var session = result.GetProperty("genuine");
        Assert.True(session.TryGetProperty("user", out var user), session.ToString());
        Assert.Equal($"arn:aws:sts::{account}:assumed-role/SamlRole/alice", user.GetString());
        Assert.Equal("alice@example.test", session.GetProperty("subject").GetString());
        Assert.Equal("persistent", session.GetProperty("subjectType").GetString());
        Assert.Equal(TestSamlIdp.EntityId, session.GetProperty("issuer").GetString());
        Assert.Equal(TestSamlIdp.AwsAudience, session.GetProperty("audience").GetString());
        Assert.Equal($"arn:aws:sts::{account}:assumed-role/SamlRole/alice", result.GetProperty("caller").GetString());
        Assert.Equal(["InvalidIdentityToken", "Response signature invalid"], Error(result, "tampered"));
        Assert.Equal("InvalidIdentityToken", Error(result, "wrapped")[0]);
        Assert.Equal(["InvalidIdentityToken", "Response signature invalid"], Error(result, "foreign"));
        Assert.Equal("ExpiredTokenException", Error(result, "expired")[0]);
        Assert.Equal("InvalidIdentityToken", Error(result, "otherAudience")[0]);
        Assert.Equal(["AccessDenied", "Not authorized to perform sts:AssumeRoleWithSAML"], Error(result, "otherRole"));
        Assert.Equal("InvalidIdentityToken", Error(result, "notSaml")[0]);
    }

    private static XmlElement Element(XmlDocument document, string localName) =>
        (XmlElement)document.GetElementsByTagName(localName, "urn:oasis:names:tc:SAML:2.0:assertion")[0]!;

    private static string[] Error(JsonElement result, string name)
    {
        var entry = result.GetProperty(name);
        Assert.True(entry.TryGetProperty("error", out var error), $"{name}: {entry}");
        return [error[0].GetString()!, error[1].GetString()!];
    }
}
