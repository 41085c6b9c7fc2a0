using Rampart.Tests.EndToEnd;
using Rampart.Tests.Sts.Federation;

namespace Rampart.Tests.Iam.Federation;

/// <summary>The IAM operations on OIDC and SAML providers with the aws CLI: their lifecycle, tags, quotas and
/// errors as IAM answers them.</summary>
public sealed class IdentityProviderEndToEndTests(EnforcingServerFixture server) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Iam => new AwsCli(server.Server).For("iam");

    [Fact]
    public async Task An_oidc_provider_is_created_changed_tagged_listed_and_deleted()
    {
        var account = server.Server.AccountId;
        var thumbprint = new string('a', 40);
        var arn = (await Iam.OkAsync("create-open-id-connect-provider", "--url", "https://token.example.test/tenant/",
            "--client-id-list", "app-1", "app-1", "--thumbprint-list", thumbprint, "--tags", "Key=team,Value=blue"))
            .GetProperty("OpenIDConnectProviderArn").GetString();
        var duplicate = await Iam.FailsAsync("create-open-id-connect-provider", "--url", "https://token.example.test/tenant");
        var plainHttp = await Iam.FailsAsync("create-open-id-connect-provider", "--url", "http://token.example.test");
        var withQuery = await Iam.FailsAsync("create-open-id-connect-provider", "--url", "https://token.example.test/?a=b");
        await Iam.OkAsync("add-client-id-to-open-id-connect-provider", "--open-id-connect-provider-arn", arn!, "--client-id", "app-2");
        await Iam.OkAsync("add-client-id-to-open-id-connect-provider", "--open-id-connect-provider-arn", arn!, "--client-id", "app-2");
        await Iam.OkAsync("remove-client-id-from-open-id-connect-provider", "--open-id-connect-provider-arn", arn!, "--client-id", "app-1");
        string[] updateToSix = ["update-open-id-connect-provider-thumbprint", "--open-id-connect-provider-arn", arn!,
            "--thumbprint-list", .. Enumerable.Range(0, 6).Select(i => new string((char)('0' + i), 40))];
        var sixThumbprints = await Iam.FailsAsync(updateToSix);
        await Iam.OkAsync("update-open-id-connect-provider-thumbprint", "--open-id-connect-provider-arn", arn!, "--thumbprint-list", new string('b', 40));
        await Iam.OkAsync("tag-open-id-connect-provider", "--open-id-connect-provider-arn", arn!, "--tags", "Key=env,Value=test", "Key=team,Value=green");
        await Iam.OkAsync("untag-open-id-connect-provider", "--open-id-connect-provider-arn", arn!, "--tag-keys", "env");
        var provider = await Iam.OkAsync("get-open-id-connect-provider", "--open-id-connect-provider-arn", arn!);
        var tags = await Iam.OkAsync("list-open-id-connect-provider-tags", "--open-id-connect-provider-arn", arn!);
        var listed = await Iam.OkAsync("list-open-id-connect-providers");
        await Iam.OkAsync("delete-open-id-connect-provider", "--open-id-connect-provider-arn", arn!);
        await Iam.OkAsync("delete-open-id-connect-provider", "--open-id-connect-provider-arn", arn!);
        var gone = await Iam.FailsAsync("get-open-id-connect-provider", "--open-id-connect-provider-arn", arn!);

        Assert.Equal($"arn:aws:iam::{account}:oidc-provider/token.example.test/tenant", arn);
        Assert.Contains("EntityAlreadyExists", duplicate);
        Assert.Contains("Invalid Open ID Connect Provider URL", plainHttp);
        Assert.Contains("Invalid Open ID Connect Provider URL", withQuery);
        Assert.Contains("InvalidInput", sixThumbprints);
        Assert.Equal("token.example.test/tenant", provider.GetProperty("Url").GetString());
        Assert.Equal(["app-2"], provider.GetProperty("ClientIDList").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([new string('b', 40)], provider.GetProperty("ThumbprintList").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["team=green"], tags.GetProperty("Tags").EnumerateArray().Select(t => $"{t.GetProperty("Key")}={t.GetProperty("Value")}"));
        Assert.Contains(arn, listed.GetProperty("OpenIDConnectProviderList").EnumerateArray().Select(p => p.GetProperty("Arn").GetString()));
        Assert.Contains("NoSuchEntity", gone);
        Assert.Contains($"OpenIDConnect Provider not found for arn {arn}", gone);
    }

    [Fact]
    public async Task A_saml_provider_is_created_from_metadata_updated_tagged_and_deleted()
    {
        using var idp = new TestSamlIdp();
        using var other = TestSamlIdp.Stranger();
        var account = server.Server.AccountId;
        var arn = (await Iam.OkAsync("create-saml-provider", "--name", "Corp", "--saml-metadata-document", idp.Metadata(), "--tags", "Key=team,Value=blue"))
            .GetProperty("SAMLProviderArn").GetString()!;
        var duplicate = await Iam.FailsAsync("create-saml-provider", "--name", "CORP", "--saml-metadata-document", idp.Metadata());
        var notMetadata = await Iam.FailsAsync("create-saml-provider", "--name", "Broken", "--saml-metadata-document", "<x>" + new string(' ', 1000) + "</x>");
        var updated = await Iam.OkAsync("update-saml-provider", "--saml-provider-arn", arn, "--saml-metadata-document", other.Metadata());
        var provider = await Iam.OkAsync("get-saml-provider", "--saml-provider-arn", arn);
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var requiredWithoutKey = await Iam.FailsAsync("update-saml-provider", "--saml-provider-arn", arn, "--assertion-encryption-mode", "Required");
        await Iam.OkAsync("update-saml-provider", "--saml-provider-arn", arn, "--assertion-encryption-mode", "Required",
            "--add-private-key", rsa.ExportRSAPrivateKeyPem());
        var encrypted = await Iam.OkAsync("get-saml-provider", "--saml-provider-arn", arn);
        var keyId = encrypted.GetProperty("PrivateKeyList")[0].GetProperty("KeyId").GetString()!;
        var lastKeyRemoved = await Iam.FailsAsync("update-saml-provider", "--saml-provider-arn", arn, "--remove-private-key", keyId);
        var notAKey = await Iam.FailsAsync("update-saml-provider", "--saml-provider-arn", arn, "--add-private-key", "not a key");
        await Iam.OkAsync("tag-saml-provider", "--saml-provider-arn", arn, "--tags", "Key=env,Value=test");
        var tags = await Iam.OkAsync("list-saml-provider-tags", "--saml-provider-arn", arn, "--max-items", "1");
        var listed = await Iam.OkAsync("list-saml-providers");
        await Iam.OkAsync("delete-saml-provider", "--saml-provider-arn", arn);
        var gone = await Iam.FailsAsync("delete-saml-provider", "--saml-provider-arn", arn);

        Assert.Equal($"arn:aws:iam::{account}:saml-provider/Corp", arn);
        Assert.Contains("EntityAlreadyExists", duplicate);
        Assert.Contains("Could not parse metadata", notMetadata);
        Assert.Equal(arn, updated.GetProperty("SAMLProviderArn").GetString());
        Assert.Equal(other.Metadata(), provider.GetProperty("SAMLMetadataDocument").GetString());
        Assert.Matches("^[A-Z0-9]{22,64}$", provider.GetProperty("SAMLProviderUUID").GetString());
        Assert.Contains("InvalidInput", requiredWithoutKey);
        Assert.Equal("Required", encrypted.GetProperty("AssertionEncryptionMode").GetString());
        Assert.Matches("^[A-Z0-9]{22,64}$", keyId);
        Assert.DoesNotContain("PRIVATE KEY", encrypted.ToString());
        Assert.Contains("InvalidInput", lastKeyRemoved);
        Assert.Contains("InvalidInput", notAKey);
        Assert.Single(tags.GetProperty("Tags").EnumerateArray());
        Assert.True(tags.TryGetProperty("NextToken", out _) || tags.GetProperty("IsTruncated").GetBoolean());
        Assert.Contains(arn, listed.GetProperty("SAMLProviderList").EnumerateArray().Select(p => p.GetProperty("Arn").GetString()));
        Assert.Contains("NoSuchEntity", gone);
    }
}
