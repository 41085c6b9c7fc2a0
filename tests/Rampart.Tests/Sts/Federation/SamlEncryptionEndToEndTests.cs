using System.Security.Cryptography;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Sts.Federation;

/// <summary>Encrypted SAML assertions with the aws CLI: a provider holding a private key decrypts assertions
/// encrypted for it (AES-GCM and AES-CBC), refuses plain ones while it requires encryption, refuses ones encrypted for
/// another key, and decrypts with either of two keys while one is being rotated.</summary>
public sealed class SamlEncryptionEndToEndTests(EnforcingServerFixture server) : IClassFixture<EnforcingServerFixture>, IDisposable
{
    private readonly TestSamlIdp idp = new();
    private readonly RSA providerKey = RSA.Create(2048);
    private readonly RSA nextKey = RSA.Create(2048);
    private readonly RSA strangerKey = RSA.Create(2048);

    public void Dispose()
    {
        idp.Dispose();
        providerKey.Dispose();
        nextKey.Dispose();
        strangerKey.Dispose();
    }

    [Fact]
    public async Task Encrypted_assertions_are_decrypted_with_the_providers_private_keys()
    {
        var root = new AwsCli(server.Server);
        var provider = (await root.OkAsync("iam", "create-saml-provider", "--name", "EncryptingIdp", "--saml-metadata-document", idp.Metadata(),
            "--assertion-encryption-mode", "Required", "--add-private-key", providerKey.ExportRSAPrivateKeyPem())).GetProperty("SAMLProviderArn").GetString()!;
        var trust = $$$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"{{{provider}}}"},"Action":"sts:AssumeRoleWithSAML"}]}""";
        var role = (await root.OkAsync("iam", "create-role", "--role-name", "EncryptedSamlRole", "--assume-role-policy-document", trust))
            .GetProperty("Role").GetProperty("Arn").GetString()!;
        var five = TimeSpan.FromMinutes(5);

        string Encrypted(string session, RSA recipient, bool gcm)
        {
            var response = idp.SignedResponse(role, provider, session, five);
            TestSamlIdp.EncryptAssertion(response, recipient, gcm);
            return TestSamlIdp.Encode(response);
        }
        string[] Exchange(string assertion) =>
            ["sts", "assume-role-with-saml", "--role-arn", role, "--principal-arn", provider, "--saml-assertion", assertion];

        var gcm = await root.OkAsync(Exchange(Encrypted("gcm", providerKey, gcm: true)));
        Assert.EndsWith(":assumed-role/EncryptedSamlRole/gcm", gcm.GetProperty("AssumedRoleUser").GetProperty("Arn").GetString());
        Assert.Equal("alice@example.test", gcm.GetProperty("Subject").GetString());
        var cbc = await root.OkAsync(Exchange(Encrypted("cbc", providerKey, gcm: false)));
        Assert.EndsWith(":assumed-role/EncryptedSamlRole/cbc", cbc.GetProperty("AssumedRoleUser").GetProperty("Arn").GetString());

        var plain = await root.FailsAsync(Exchange(idp.Response(role, provider, "plain", five)));
        Assert.Contains("InvalidIdentityToken", plain);
        Assert.Contains("requires encrypted assertions", plain);
        var foreign = await root.FailsAsync(Exchange(Encrypted("foreign", strangerKey, gcm: true)));
        Assert.Contains("could not be decrypted with the SAML provider's private keys", foreign);
        var tampered = idp.SignedResponse(role, provider, "tampered", five);
        TestSamlIdp.EncryptAssertion(tampered, providerKey, gcm: true);
        var cipherValue = tampered.GetElementsByTagName("CipherValue", "http://www.w3.org/2001/04/xmlenc#");
        var content = Convert.FromBase64String(cipherValue[cipherValue.Count - 1]!.InnerText);
        content[20] ^= 1;
        cipherValue[cipherValue.Count - 1]!.InnerText = Convert.ToBase64String(content);
        Assert.Contains("could not be decrypted", await root.FailsAsync(Exchange(TestSamlIdp.Encode(tampered))));

        // Rotation: a second key is added, assertions encrypted for either decrypt; Allowed takes plain ones too.
        await root.OkAsync("iam", "update-saml-provider", "--saml-provider-arn", provider, "--add-private-key", nextKey.ExportRSAPrivateKeyPem(),
            "--assertion-encryption-mode", "Allowed");
        await root.OkAsync(Exchange(Encrypted("next", nextKey, gcm: true)));
        await root.OkAsync(Exchange(Encrypted("previous", providerKey, gcm: false)));
        await root.OkAsync(Exchange(idp.Response(role, provider, "plain-allowed", five)));
    }
}
