using System.Text.Json;
using Rampart.Tests.EndToEnd;
using Rampart.TestSupport;

namespace Rampart.Tests.Iam.Credentials;

/// <summary>Signing certificates, SSH public keys and service-specific credentials through the aws CLI, and a user
/// that cannot be deleted while any credential remains.</summary>
public sealed class UserCredentialsEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Iam => new(fixture.Server, "iam");

    [Fact]
    public async Task Signing_certificates_are_parsed_unique_in_the_account_and_at_most_two_per_user()
    {
        await Iam.OkAsync("create-user", "--user-name", "signer");
        await Iam.OkAsync("create-user", "--user-name", "other-signer");
        var (first, _) = TestCertificates.Valid("first");
        var uploaded = (await Iam.OkAsync("upload-signing-certificate", "--user-name", "signer", "--certificate-body", first)).GetProperty("Certificate");
        Assert.Equal("Active", uploaded.GetProperty("Status").GetString());
        Assert.Equal("signer", uploaded.GetProperty("UserName").GetString());
        var firstId = uploaded.GetProperty("CertificateId").GetString()!;
        Assert.True(firstId.Length >= 24);

        Assert.Contains("(DuplicateCertificate)", await Iam.FailsAsync("upload-signing-certificate", "--user-name", "other-signer", "--certificate-body", first));
        Assert.Contains("(MalformedCertificate)", await Iam.FailsAsync("upload-signing-certificate", "--user-name", "signer", "--certificate-body", "not a certificate"));
        var (expired, _) = TestCertificates.Make("old", DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow.AddDays(-1));
        Assert.Contains("(MalformedCertificate)", await Iam.FailsAsync("upload-signing-certificate", "--user-name", "signer", "--certificate-body", expired));

        await Iam.OkAsync("upload-signing-certificate", "--user-name", "signer", "--certificate-body", TestCertificates.Valid("second").Certificate);
        var quota = await Iam.FailsAsync("upload-signing-certificate", "--user-name", "signer", "--certificate-body", TestCertificates.Valid("third").Certificate);
        Assert.Contains("Cannot exceed quota for SigningCertificatesPerUser: 2", quota);

        await Iam.OkAsync("update-signing-certificate", "--user-name", "signer", "--certificate-id", firstId, "--status", "Inactive");
        var listed = (await Iam.OkAsync("list-signing-certificates", "--user-name", "signer")).GetProperty("Certificates");
        Assert.Equal(2, listed.GetArrayLength());
        Assert.Equal("Inactive", listed.EnumerateArray().Single(c => c.GetProperty("CertificateId").GetString() == firstId).GetProperty("Status").GetString());
        Assert.Contains("-----BEGIN CERTIFICATE-----", listed[0].GetProperty("CertificateBody").GetString());

        Assert.Contains("Cannot delete entity, must delete signing certificates first.", await Iam.FailsAsync("delete-user", "--user-name", "signer"));
        await Iam.OkAsync("delete-signing-certificate", "--user-name", "signer", "--certificate-id", firstId);
        Assert.Contains("(NoSuchEntity)", await Iam.FailsAsync("delete-signing-certificate", "--user-name", "signer", "--certificate-id", firstId));
        await Iam.OkAsync("upload-signing-certificate", "--user-name", "other-signer", "--certificate-body", first);
    }

    [Fact]
    public async Task Ssh_public_keys_carry_openssh_fingerprints_and_convert_to_pem()
    {
        using var directory = new TempDirectory("ssh");
        await Iam.OkAsync("create-user", "--user-name", "git-user");
        var publicKey = await SshKeyGen.PublicKeyAsync(directory, "laptop", 2048);
        var uploaded = (await Iam.OkAsync("upload-ssh-public-key", "--user-name", "git-user", "--ssh-public-key-body", publicKey)).GetProperty("SSHPublicKey");
        var keyId = uploaded.GetProperty("SSHPublicKeyId").GetString()!;
        Assert.StartsWith("APKA", keyId);
        Assert.Equal(await SshKeyGen.Md5FingerprintAsync(directory, "laptop"), uploaded.GetProperty("Fingerprint").GetString());
        Assert.Equal("Active", uploaded.GetProperty("Status").GetString());

        var pem = (await Iam.OkAsync("get-ssh-public-key", "--user-name", "git-user", "--ssh-public-key-id", keyId, "--encoding", "PEM"))
            .GetProperty("SSHPublicKey").GetProperty("SSHPublicKeyBody").GetString()!;
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", pem);
        Assert.Contains("(DuplicateSSHPublicKey)", await Iam.FailsAsync("upload-ssh-public-key", "--user-name", "git-user", "--ssh-public-key-body", pem));
        Assert.Contains("(UnrecognizedPublicKeyEncoding)", await Iam.FailsAsync("upload-ssh-public-key", "--user-name", "git-user", "--ssh-public-key-body", "hello"));
        var small = await SshKeyGen.PublicKeyAsync(directory, "small", 1024);
        Assert.Contains("(InvalidPublicKey)", await Iam.FailsAsync("upload-ssh-public-key", "--user-name", "git-user", "--ssh-public-key-body", small));

        await Iam.OkAsync("update-ssh-public-key", "--user-name", "git-user", "--ssh-public-key-id", keyId, "--status", "Inactive");
        var listed = (await Iam.OkAsync("list-ssh-public-keys", "--user-name", "git-user")).GetProperty("SSHPublicKeys");
        Assert.Equal("Inactive", listed[0].GetProperty("Status").GetString());
        Assert.Contains("Cannot delete entity, must delete SSH public keys first.", await Iam.FailsAsync("delete-user", "--user-name", "git-user"));
        await Iam.OkAsync("delete-ssh-public-key", "--user-name", "git-user", "--ssh-public-key-id", keyId);
        await Iam.OkAsync("delete-user", "--user-name", "git-user");
    }

    [Fact]
    public async Task Service_specific_credentials_are_two_per_service_and_reset_gives_a_new_password()
    {
        await Iam.OkAsync("create-user", "--user-name", "coder");
        var created = (await Iam.OkAsync("create-service-specific-credential", "--user-name", "coder", "--service-name", "codecommit.amazonaws.com"))
            .GetProperty("ServiceSpecificCredential");
        var id = created.GetProperty("ServiceSpecificCredentialId").GetString()!;
        Assert.Equal($"coder-at-{fixture.Server.AccountId}", created.GetProperty("ServiceUserName").GetString());
        var password = created.GetProperty("ServicePassword").GetString()!;
        Assert.True(password.Length >= 40);

        await Iam.OkAsync("create-service-specific-credential", "--user-name", "coder", "--service-name", "codecommit.amazonaws.com");
        Assert.Contains("Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: 2",
            await Iam.FailsAsync("create-service-specific-credential", "--user-name", "coder", "--service-name", "codecommit.amazonaws.com"));
        await Iam.OkAsync("create-service-specific-credential", "--user-name", "coder", "--service-name", "cassandra.amazonaws.com");
        Assert.Contains("(NotSupportedService)", await Iam.FailsAsync("create-service-specific-credential", "--user-name", "coder", "--service-name", "s3.amazonaws.com"));

        var reset = (await Iam.OkAsync("reset-service-specific-credential", "--user-name", "coder", "--service-specific-credential-id", id))
            .GetProperty("ServiceSpecificCredential").GetProperty("ServicePassword").GetString();
        Assert.NotEqual(password, reset);
        await Iam.OkAsync("update-service-specific-credential", "--user-name", "coder", "--service-specific-credential-id", id, "--status", "Inactive");
        var codecommit = (await Iam.OkAsync("list-service-specific-credentials", "--user-name", "coder", "--service-name", "codecommit.amazonaws.com"))
            .GetProperty("ServiceSpecificCredentials");
        Assert.Equal(2, codecommit.GetArrayLength());
        Assert.DoesNotContain(codecommit.EnumerateArray(), c => c.TryGetProperty("ServicePassword", out _));
        Assert.Equal("Inactive", codecommit.EnumerateArray().Single(c => c.GetProperty("ServiceSpecificCredentialId").GetString() == id).GetProperty("Status").GetString());

        Assert.Contains("Cannot delete entity, must delete service-specific credentials first.", await Iam.FailsAsync("delete-user", "--user-name", "coder"));
        foreach (var credential in (await Iam.OkAsync("list-service-specific-credentials", "--user-name", "coder")).GetProperty("ServiceSpecificCredentials").EnumerateArray())
        {
            await Iam.OkAsync("delete-service-specific-credential", "--user-name", "coder", "--service-specific-credential-id",
                credential.GetProperty("ServiceSpecificCredentialId").GetString()!);
        }
        await Iam.OkAsync("delete-user", "--user-name", "coder");
    }

    [Fact]
    public async Task A_user_is_deleted_only_once_its_mfa_device_password_policies_and_groups_are_gone()
    {
        await Iam.OkAsync("create-user", "--user-name", "leaver");
        using var directory = new TempDirectory("leaver");
        var seedFile = directory.File("seed.txt");
        var serial = (await Iam.OkAsync("create-virtual-mfa-device", "--virtual-mfa-device-name", "leaver-phone", "--outfile", seedFile,
            "--bootstrap-method", "Base32StringSeed")).GetProperty("VirtualMFADevice").GetProperty("SerialNumber").GetString()!;
        var seed = Scenario.TimeBasedCode.DecodeBase32(await File.ReadAllTextAsync(seedFile));
        var step = Scenario.TimeBasedCode.StepAt(DateTimeOffset.UtcNow);
        await Iam.OkAsync("enable-mfa-device", "--user-name", "leaver", "--serial-number", serial,
            "--authentication-code1", Scenario.TimeBasedCode.At(seed, step - 1), "--authentication-code2", Scenario.TimeBasedCode.At(seed, step));
        await Iam.OkAsync("create-login-profile", "--user-name", "leaver", "--password", "Correct-Horse-Battery-9");
        await Iam.OkAsync("put-user-policy", "--user-name", "leaver", "--policy-name", "p", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"*"}]}""");
        await Iam.OkAsync("create-group", "--group-name", "Leavers");
        await Iam.OkAsync("add-user-to-group", "--group-name", "Leavers", "--user-name", "leaver");

        var device = await Iam.OkAsync("get-mfa-device", "--serial-number", serial, "--user-name", "leaver");
        Assert.Equal("leaver", device.GetProperty("UserName").GetString());
        Assert.Contains("must delete login profile first", await Iam.FailsAsync("delete-user", "--user-name", "leaver"));
        await Iam.OkAsync("delete-login-profile", "--user-name", "leaver");
        Assert.Contains("must delete MFA device first", await Iam.FailsAsync("delete-user", "--user-name", "leaver"));
        await Iam.OkAsync("deactivate-mfa-device", "--user-name", "leaver", "--serial-number", serial);
        Assert.Contains("must remove users from group first", await Iam.FailsAsync("delete-user", "--user-name", "leaver"));
        await Iam.OkAsync("remove-user-from-group", "--group-name", "Leavers", "--user-name", "leaver");
        Assert.Contains("(DeleteConflict)", await Iam.FailsAsync("delete-user", "--user-name", "leaver"));
        await Iam.OkAsync("delete-user-policy", "--user-name", "leaver", "--policy-name", "p");
        await Iam.OkAsync("delete-user", "--user-name", "leaver");
    }

    [Fact]
    public async Task The_credential_report_shows_mfa_and_signing_certificates()
    {
        await Iam.OkAsync("create-user", "--user-name", "reported");
        await Iam.OkAsync("upload-signing-certificate", "--user-name", "reported", "--certificate-body", TestCertificates.Valid("reported").Certificate);
        await Iam.OkAsync("generate-credential-report");
        JsonElement report = default;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var generated = await Iam.OkAsync("generate-credential-report");
            if (generated.GetProperty("State").GetString() == "COMPLETE")
            {
                report = await Iam.OkAsync("get-credential-report");
                break;
            }
            await Task.Delay(1000);
        }
        var csv = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(report.GetProperty("Content").GetString()!)).Split('\n');
        var header = csv[0].Split(',');
        var row = csv.Single(line => line.StartsWith("reported,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("false", row[Array.IndexOf(header, "mfa_active")]);
        Assert.Equal("true", row[Array.IndexOf(header, "cert_1_active")]);
        Assert.NotEqual("N/A", row[Array.IndexOf(header, "cert_1_last_rotated")]);
        Assert.Equal("false", row[Array.IndexOf(header, "cert_2_active")]);
    }
}
