using Rampart.Tests.EndToEnd;
using Rampart.Tests.Iam.Credentials;
using Rampart.Tests.Iam.QrCodes;
using Rampart.TestSupport;

namespace Rampart.Tests.Iam.Resources;

/// <summary>Service-linked roles, server certificates, tags on instance profiles and MFA devices (whose QR code the CLI
/// saves), and the account settings, through the aws CLI.</summary>
public sealed class ServiceRolesAndCertificatesEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Iam => new(fixture.Server, "iam");

    [Fact]
    public async Task A_service_linked_role_is_named_by_its_service_protected_from_edits_and_deleted_by_a_task()
    {
        var role = (await Iam.OkAsync("create-service-linked-role", "--aws-service-name", "autoscaling.amazonaws.com", "--description", "scaling"))
            .GetProperty("Role");
        Assert.Equal("AWSServiceRoleForAutoScaling", role.GetProperty("RoleName").GetString());
        Assert.Equal("/aws-service-role/autoscaling.amazonaws.com/", role.GetProperty("Path").GetString());
        var trust = role.GetProperty("AssumeRolePolicyDocument").GetRawText();
        Assert.Contains("autoscaling.amazonaws.com", trust);

        Assert.Contains("has been taken in this account", await Iam.FailsAsync("create-service-linked-role", "--aws-service-name", "autoscaling.amazonaws.com"));
        var suffixed = (await Iam.OkAsync("create-service-linked-role", "--aws-service-name", "autoscaling.amazonaws.com", "--custom-suffix", "web"))
            .GetProperty("Role").GetProperty("RoleName").GetString();
        Assert.Equal("AWSServiceRoleForAutoScaling_web", suffixed);
        Assert.Contains("(InvalidInput)", await Iam.FailsAsync("create-service-linked-role", "--aws-service-name", "nothing.example.com"));

        var protectedRole = await Iam.FailsAsync("delete-role", "--role-name", "AWSServiceRoleForAutoScaling");
        Assert.Contains("(UnmodifiableEntity)", protectedRole);
        Assert.Contains("(UnmodifiableEntity)", await Iam.FailsAsync("put-role-policy", "--role-name", "AWSServiceRoleForAutoScaling", "--policy-name", "x",
            "--policy-document", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"""));
        Assert.Contains("(UnmodifiableEntity)", await Iam.FailsAsync("update-assume-role-policy", "--role-name", "AWSServiceRoleForAutoScaling",
            "--policy-document", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"""));
        await Iam.OkAsync("update-role-description", "--role-name", "AWSServiceRoleForAutoScaling", "--description", "still editable");

        var task = (await Iam.OkAsync("delete-service-linked-role", "--role-name", "AWSServiceRoleForAutoScaling")).GetProperty("DeletionTaskId").GetString()!;
        Assert.StartsWith("task/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling/", task);
        Assert.Equal("SUCCEEDED", (await Iam.OkAsync("get-service-linked-role-deletion-status", "--deletion-task-id", task)).GetProperty("Status").GetString());
        Assert.Contains("(NoSuchEntity)", await Iam.FailsAsync("get-role", "--role-name", "AWSServiceRoleForAutoScaling"));

        await Iam.OkAsync("create-role", "--role-name", "Plain", "--assume-role-policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""");
        Assert.Contains("(InvalidInput)", await Iam.FailsAsync("delete-service-linked-role", "--role-name", "Plain"));
    }

    [Fact]
    public async Task Server_certificates_need_their_private_key_and_can_be_renamed_and_tagged()
    {
        var (certificate, key) = TestCertificates.Valid("www.example.com");
        var (_, otherKey) = TestCertificates.Valid("other");
        Assert.Contains("(KeyPairMismatch)", await Iam.FailsAsync("upload-server-certificate", "--server-certificate-name", "web",
            "--certificate-body", certificate, "--private-key", otherKey));
        var metadata = (await Iam.OkAsync("upload-server-certificate", "--server-certificate-name", "web", "--path", "/cloudfront/",
            "--certificate-body", certificate, "--private-key", key, "--tags", "Key=team,Value=web")).GetProperty("ServerCertificateMetadata");
        Assert.EndsWith(":server-certificate/cloudfront/web", metadata.GetProperty("Arn").GetString());
        Assert.StartsWith("ASCA", metadata.GetProperty("ServerCertificateId").GetString());
        Assert.Contains("(EntityAlreadyExists)", await Iam.FailsAsync("upload-server-certificate", "--server-certificate-name", "WEB",
            "--certificate-body", certificate, "--private-key", key));

        var got = (await Iam.OkAsync("get-server-certificate", "--server-certificate-name", "web")).GetProperty("ServerCertificate");
        Assert.Equal(certificate.Trim(), got.GetProperty("CertificateBody").GetString()!.Trim());
        Assert.False(got.TryGetProperty("PrivateKey", out _));

        await Iam.OkAsync("update-server-certificate", "--server-certificate-name", "web", "--new-server-certificate-name", "www", "--new-path", "/sites/");
        var listed = (await Iam.OkAsync("list-server-certificates", "--path-prefix", "/sites/")).GetProperty("ServerCertificateMetadataList");
        Assert.Equal("www", listed[0].GetProperty("ServerCertificateName").GetString());
        await Iam.OkAsync("tag-server-certificate", "--server-certificate-name", "www", "--tags", "Key=env,Value=prod");
        await Iam.OkAsync("untag-server-certificate", "--server-certificate-name", "www", "--tag-keys", "team");
        var tags = (await Iam.OkAsync("list-server-certificate-tags", "--server-certificate-name", "www")).GetProperty("Tags");
        Assert.Equal("env", tags[0].GetProperty("Key").GetString());
        Assert.Equal(1, tags.GetArrayLength());
        await Iam.OkAsync("delete-server-certificate", "--server-certificate-name", "www");
        Assert.Contains("The Server Certificate with name www cannot be found.", await Iam.FailsAsync("get-server-certificate", "--server-certificate-name", "www"));
    }

    [Fact]
    public async Task Instance_profiles_and_mfa_devices_take_tags()
    {
        await Iam.OkAsync("create-instance-profile", "--instance-profile-name", "Tagged");
        await Iam.OkAsync("tag-instance-profile", "--instance-profile-name", "Tagged", "--tags", "Key=app,Value=shop", "Key=tier,Value=web");
        await Iam.OkAsync("untag-instance-profile", "--instance-profile-name", "Tagged", "--tag-keys", "tier");
        var profileTags = (await Iam.OkAsync("list-instance-profile-tags", "--instance-profile-name", "Tagged")).GetProperty("Tags");
        Assert.Equal(["app"], profileTags.EnumerateArray().Select(t => t.GetProperty("Key").GetString()));
        Assert.Contains("(InvalidInput)", await Iam.FailsAsync("tag-instance-profile", "--instance-profile-name", "Tagged", "--tags", "Key=aws:x,Value=y"));
        Assert.Contains("(NoSuchEntity)", await Iam.FailsAsync("list-instance-profile-tags", "--instance-profile-name", "Missing"));

        using var directory = new TempDirectory("qr-e2e");
        var qrFile = directory.File("device.png");
        var serial = (await Iam.OkAsync("create-virtual-mfa-device", "--virtual-mfa-device-name", "tagged-phone", "--tags", "Key=owner,Value=ops",
            "--outfile", qrFile, "--bootstrap-method", "QRCodePNG"))
            .GetProperty("VirtualMFADevice").GetProperty("SerialNumber").GetString()!;
        var uri = QrReader.Decode(PngModules.Read(await File.ReadAllBytesAsync(qrFile)));
        Assert.Matches($"^otpauth://totp/tagged-phone@{fixture.Server.AccountId}\\?secret=[A-Z2-7]{{32}}$", uri);
        await Iam.OkAsync("tag-mfa-device", "--serial-number", serial, "--tags", "Key=site,Value=hq");
        var deviceTags = (await Iam.OkAsync("list-mfa-device-tags", "--serial-number", serial)).GetProperty("Tags");
        Assert.Equal(["owner", "site"], deviceTags.EnumerateArray().Select(t => t.GetProperty("Key").GetString()).Order());
        await Iam.OkAsync("untag-mfa-device", "--serial-number", serial, "--tag-keys", "owner", "site");
        Assert.Equal(0, (await Iam.OkAsync("list-mfa-device-tags", "--serial-number", serial)).GetProperty("Tags").GetArrayLength());
    }

    [Fact]
    public async Task Account_settings_outside_an_organization_answer_as_aws_does()
    {
        await Iam.OkAsync("set-security-token-service-preferences", "--global-endpoint-token-version", "v2Token");
        var summary = (await Iam.OkAsync("get-account-summary")).GetProperty("SummaryMap");
        Assert.Equal(2, summary.GetProperty("GlobalEndpointTokenVersion").GetInt32());
        Assert.Contains("(FeatureDisabled)", await Iam.FailsAsync("get-outbound-web-identity-federation-info"));
        var issuer = (await Iam.OkAsync("enable-outbound-web-identity-federation")).GetProperty("IssuerIdentifier").GetString()!;
        Assert.StartsWith("https://", issuer);
        Assert.Contains("(FeatureEnabled)", await Iam.FailsAsync("enable-outbound-web-identity-federation"));
        var info = await Iam.OkAsync("get-outbound-web-identity-federation-info");
        Assert.Equal(issuer, info.GetProperty("IssuerIdentifier").GetString());
        Assert.True(info.GetProperty("JwtVendingEnabled").GetBoolean());
        await Iam.OkAsync("disable-outbound-web-identity-federation");
        Assert.Contains("(FeatureDisabled)", await Iam.FailsAsync("disable-outbound-web-identity-federation"));

        Assert.Contains("(OrganizationNotFoundException)", await Iam.FailsAsync("list-organizations-features"));
        Assert.Contains("(OrganizationNotFoundException)", await Iam.FailsAsync("enable-organizations-root-credentials-management"));
        Assert.Contains("(OrganizationNotFoundException)", await Iam.FailsAsync("disable-organizations-root-sessions"));
    }
}
