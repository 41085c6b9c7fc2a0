using System.Text;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Identities;

/// <summary>Account aliases, the account summary and the credential report, driven by the real aws CLI and boto3.</summary>
public sealed class AccountTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private RampartProcess Server => fixture.Server;

    private AwsCli Root => new(Server);

    [Fact]
    public async Task An_account_has_at_most_one_alias()
    {
        Assert.Equal(0, (await Root.OkAsync("iam", "list-account-aliases")).GetProperty("AccountAliases").GetArrayLength());
        await Root.OkAsync("iam", "create-account-alias", "--account-alias", "first-alias");
        await Root.OkAsync("iam", "create-account-alias", "--account-alias", "second-alias");
        var aliases = (await Root.OkAsync("iam", "list-account-aliases")).GetProperty("AccountAliases");
        Assert.Equal(["second-alias"], aliases.EnumerateArray().Select(a => a.GetString()!).ToArray());
        Assert.Equal("An error occurred (NoSuchEntity) when calling the DeleteAccountAlias operation: The account alias first-alias cannot be found.",
            await Root.FailsAsync("iam", "delete-account-alias", "--account-alias", "first-alias"));
        Assert.Contains("(ValidationError)", await Root.FailsAsync("iam", "create-account-alias", "--account-alias", "Bad_Alias"));
        await Root.OkAsync("iam", "delete-account-alias", "--account-alias", "second-alias");
        Assert.Equal(0, (await Root.OkAsync("iam", "list-account-aliases")).GetProperty("AccountAliases").GetArrayLength());
    }

    [Fact]
    public async Task The_summary_counts_users_and_groups()
    {
        var before = (await Root.OkAsync("iam", "get-account-summary")).GetProperty("SummaryMap");
        await Root.OkAsync("iam", "create-user", "--user-name", "counted");
        await Root.OkAsync("iam", "create-group", "--group-name", "counted");
        var after = (await Root.OkAsync("iam", "get-account-summary")).GetProperty("SummaryMap");
        Assert.Equal(before.GetProperty("Users").GetInt32() + 1, after.GetProperty("Users").GetInt32());
        Assert.Equal(before.GetProperty("Groups").GetInt32() + 1, after.GetProperty("Groups").GetInt32());
        Assert.Equal(2, after.GetProperty("AccessKeysPerUserQuota").GetInt32());
        Assert.Equal(1, after.GetProperty("AccountAccessKeysPresent").GetInt32());
    }

    [Fact]
    public async Task The_credential_report_lists_root_and_users_in_AWS_columns()
    {
        await Root.OkAsync("iam", "create-user", "--user-name", "reported");
        await Root.OkAsync("iam", "create-login-profile", "--user-name", "reported", "--password", "Reported-Pass-1");
        await Root.OkAsync("iam", "create-access-key", "--user-name", "reported");
        var report = await Root.PythonAsync("""
            import json, boto3, botocore.exceptions
            iam = boto3.client("iam")
            try:
                iam.get_credential_report()
                missing = None
            except botocore.exceptions.ClientError as error:
                missing = [error.response["Error"]["Code"], error.response["ResponseMetadata"]["HTTPStatusCode"]]
            started = iam.generate_credential_report()["State"]
            again = iam.generate_credential_report()["State"]
            answer = iam.get_credential_report()
            print(json.dumps({"missing": missing, "started": started, "again": again,
                              "format": answer["ReportFormat"], "csv": answer["Content"].decode()}))
            """);
        Assert.Equal("""["ReportNotPresent",410]""", report.GetProperty("missing").GetRawText().Replace(" ", ""));
        Assert.Equal("STARTED", report.GetProperty("started").GetString());
        Assert.Equal("COMPLETE", report.GetProperty("again").GetString());
        Assert.Equal("text/csv", report.GetProperty("format").GetString());
        var lines = report.GetProperty("csv").GetString()!.TrimEnd('\n').Split('\n');
        Assert.Equal(
            "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active," +
            "access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service," +
            "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service," +
            "cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated", lines[0]);
        Assert.StartsWith($"<root_account>,arn:aws:iam::{Server.AccountId}:root,", lines[1]);
        var user = lines.Single(l => l.StartsWith("reported,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(22, user.Length);
        Assert.Equal($"arn:aws:iam::{Server.AccountId}:user/reported", user[1]);
        Assert.Equal("true", user[3]);
        Assert.Equal("true", user[8]);
        Assert.Equal("N/A", user[10]);
        Assert.Equal("false", user[13]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$", user[2]);
    }
}
