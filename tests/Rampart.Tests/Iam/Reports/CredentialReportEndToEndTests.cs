using System.Text;
using Microsoft.VisualBasic.FileIO;
using Rampart.Tests.EndToEnd;
using Rampart.Tests.Iam.Credentials;
using Rampart.Tests.Iam.Scenario;
using Rampart.TestSupport;

namespace Rampart.Tests.Iam.Reports;

/// <summary>The account's reports through the aws CLI and boto3. The credential report's base64 Content decodes to a
/// CSV whose every line has AWS's 22 columns, with each credential's state in its column; the account summary
/// counts what it names; a user's few access keys and MFA devices still page by MaxItems and Marker. One server of
/// its own, because a credential report stays for four hours once generated.</summary>
public sealed class CredentialReportEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string Header =
        "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active," +
        "access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service," +
        "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service," +
        "cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

    private const string IsoTime = @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$";

    private RampartProcess Server => fixture.Server;

    private AwsCli Iam => new AwsCli(Server).For("iam");

    [Fact]
    public async Task Every_credential_of_every_user_lands_in_its_AWS_column()
    {
        await Iam.OkAsync("update-account-password-policy", "--minimum-password-length", "12", "--max-password-age", "90");
        await Iam.OkAsync("create-user", "--user-name", "plain");
        await Iam.OkAsync("create-user", "--user-name", "loaded");
        await Iam.OkAsync("create-login-profile", "--user-name", "loaded", "--password", "Loaded-Pass-123");
        var first = (await Iam.OkAsync("create-access-key", "--user-name", "loaded")).GetProperty("AccessKey");
        var second = (await Iam.OkAsync("create-access-key", "--user-name", "loaded")).GetProperty("AccessKey").GetProperty("AccessKeyId").GetString()!;
        await Iam.OkAsync("update-access-key", "--user-name", "loaded", "--access-key-id", second, "--status", "Inactive");
        await new AwsCli(Server).As(first).OkAsync("sts", "get-caller-identity");
        var certificate = (await Iam.OkAsync("upload-signing-certificate", "--user-name", "loaded", "--certificate-body", TestCertificates.Valid("loaded").Certificate))
            .GetProperty("Certificate").GetProperty("CertificateId").GetString()!;
        await Iam.OkAsync("update-signing-certificate", "--user-name", "loaded", "--certificate-id", certificate, "--status", "Inactive");
        await EnableMfaAsync("loaded");
        await Iam.OkAsync("create-user", "--user-name", "comma,name");

        Assert.Equal("STARTED", (await Iam.OkAsync("generate-credential-report")).GetProperty("State").GetString());
        var answer = await Iam.OkAsync("get-credential-report");
        Assert.Equal("text/csv", answer.GetProperty("ReportFormat").GetString());
        var rows = ParseCsv(Encoding.UTF8.GetString(Convert.FromBase64String(answer.GetProperty("Content").GetString()!)));

        Assert.Equal(Header.Split(','), rows[0]);
        Assert.All(rows, row => Assert.Equal(22, row.Length));
        var report = rows.Skip(1).ToDictionary(row => row[0], row => Header.Split(',').Zip(row).ToDictionary(pair => pair.First, pair => pair.Second));

        var root = report["<root_account>"];
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:root", root["arn"]);
        Assert.Equal(["not_supported", "no_information", "not_supported", "not_supported", "false"],
            new[] { root["password_enabled"], root["password_last_used"], root["password_last_changed"], root["password_next_rotation"], root["mfa_active"] });
        Assert.Equal("true", root["access_key_1_active"]);
        Assert.Equal("iam", root["access_key_1_last_used_service"]);
        Assert.Matches(IsoTime, root["access_key_1_last_used_date"]);
        Assert.Equal(["false", "N/A", "false", "N/A"], new[] { root["cert_1_active"], root["cert_1_last_rotated"], root["cert_2_active"], root["cert_2_last_rotated"] });

        var plain = report["plain"];
        Assert.Equal(["false", "N/A", "N/A", "N/A", "false"],
            new[] { plain["password_enabled"], plain["password_last_used"], plain["password_last_changed"], plain["password_next_rotation"], plain["mfa_active"] });
        Assert.Equal(["false", "N/A", "N/A", "N/A", "N/A"],
            new[] { plain["access_key_1_active"], plain["access_key_1_last_rotated"], plain["access_key_1_last_used_date"], plain["access_key_1_last_used_region"], plain["access_key_1_last_used_service"] });

        var loaded = report["loaded"];
        Assert.Equal("true", loaded["password_enabled"]);
        Assert.Equal("no_information", loaded["password_last_used"]);
        var changed = DateTimeOffset.Parse(loaded["password_last_changed"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(changed.AddDays(90), DateTimeOffset.Parse(loaded["password_next_rotation"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("true", loaded["mfa_active"]);
        Assert.Equal(["true", "us-east-1", "sts"], new[] { loaded["access_key_1_active"], loaded["access_key_1_last_used_region"], loaded["access_key_1_last_used_service"] });
        Assert.Matches(IsoTime, loaded["access_key_1_last_rotated"]);
        Assert.Matches(IsoTime, loaded["access_key_1_last_used_date"]);
        Assert.Equal(["false", "N/A", "N/A", "N/A"],
            new[] { loaded["access_key_2_active"], loaded["access_key_2_last_used_date"], loaded["access_key_2_last_used_region"], loaded["access_key_2_last_used_service"] });
        Assert.Matches(IsoTime, loaded["access_key_2_last_rotated"]);
        Assert.Equal("false", loaded["cert_1_active"]);
        Assert.Matches(IsoTime, loaded["cert_1_last_rotated"]);
        Assert.Equal(["false", "N/A"], new[] { loaded["cert_2_active"], loaded["cert_2_last_rotated"] });

        Assert.Equal($"arn:aws:iam::{Server.AccountId}:user/comma,name", report["comma,name"]["arn"]);
    }

    [Fact]
    public async Task The_summary_counts_identity_providers_and_reports_the_roots_password_and_MFA()
    {
        var before = (await Iam.OkAsync("get-account-summary")).GetProperty("SummaryMap");
        await Iam.OkAsync("create-open-id-connect-provider", "--url", "https://summary.example.test", "--client-id-list", "app",
            "--thumbprint-list", new string('a', 40));
        var after = (await Iam.OkAsync("get-account-summary")).GetProperty("SummaryMap");
        Assert.Equal(before.GetProperty("Providers").GetInt32() + 1, after.GetProperty("Providers").GetInt32());
        Assert.Equal(1, after.GetProperty("AccountPasswordPresent").GetInt32());
        Assert.Equal(0, after.GetProperty("AccountMFAEnabled").GetInt32());
    }

    [Fact]
    public async Task A_users_access_keys_and_MFA_devices_page_by_MaxItems_and_Marker()
    {
        await Iam.OkAsync("create-user", "--user-name", "paged");
        await Iam.OkAsync("create-access-key", "--user-name", "paged");
        await Iam.OkAsync("create-access-key", "--user-name", "paged");
        await EnableMfaAsync("paged");
        await EnableMfaAsync("paged", "paged-spare");
        var pages = await new AwsCli(Server).PythonAsync("""
            import json, boto3
            iam = boto3.client("iam")
            def pages(call, member):
                first = call(UserName="paged", MaxItems=1)
                second = call(UserName="paged", MaxItems=1, Marker=first["Marker"])
                everything = call(UserName="paged")
                return [len(first[member]), first["IsTruncated"], len(second[member]), second["IsTruncated"], len(everything[member]),
                        first[member][0] != second[member][0]]
            print(json.dumps({"keys": pages(iam.list_access_keys, "AccessKeyMetadata"), "devices": pages(iam.list_mfa_devices, "MFADevices")}))
            """);
        Assert.Equal("[1,true,1,false,2,true]", pages.GetProperty("keys").GetRawText().Replace(" ", ""));
        Assert.Equal("[1,true,1,false,2,true]", pages.GetProperty("devices").GetRawText().Replace(" ", ""));
    }

    private async Task EnableMfaAsync(string userName, string? deviceName = null)
    {
        using var directory = new TempDirectory("report-mfa");
        var seedFile = directory.File("seed.txt");
        var serial = (await Iam.OkAsync("create-virtual-mfa-device", "--virtual-mfa-device-name", deviceName ?? userName + "-phone", "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed"))
            .GetProperty("VirtualMFADevice").GetProperty("SerialNumber").GetString()!;
        var seed = TimeBasedCode.DecodeBase32(File.ReadAllText(seedFile, Encoding.ASCII));
        var step = TimeBasedCode.StepAt(DateTimeOffset.UtcNow);
        await Iam.OkAsync("enable-mfa-device", "--user-name", userName, "--serial-number", serial,
            "--authentication-code1", TimeBasedCode.At(seed, step - 2), "--authentication-code2", TimeBasedCode.At(seed, step - 1));
    }

    private static List<string[]> ParseCsv(string csv)
    {
        using var parser = new TextFieldParser(new StringReader(csv)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }
        return rows;
    }
}
