using System.Globalization;
using System.Text;
using Rampart.Iam.AccessKeys;
using Rampart.Iam.Common;
using Rampart.Iam.Mfa;
using Rampart.Iam.Passwords;
using Rampart.Iam.SigningCertificates;
using Rampart.Iam.UserCredentials;
using Rampart.Iam.Users;
using Rampart.Identity;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Account;

/// <summary>Builds the credential report CSV with the columns IAM documents: one line for the root user, then one
/// per user. Dates are ISO 8601 with a +00:00 offset; "N/A" where a credential does not exist; root's password
/// columns read "not_supported" and its password_last_used "no_information" (there is no console sign-in to
/// record). mfa_active is true while an MFA device is enabled for the user or, on the root line, for the root
/// user; the cert columns describe the user's signing certificates, oldest first.</summary>
public sealed class CredentialReportBuilder(IStore store, AccessKeyUsage usage)
{
    public const string Header =
        "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active," +
        "access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service," +
        "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service," +
        "cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

    private const string NotApplicable = "N/A";
    private const string NotSupported = "not_supported";
    private const string NoInformation = "no_information";

    private readonly UserDirectory users = new(store);
    private readonly AccessKeyDirectory keys = new(store);
    private readonly LoginProfiles profiles = new(store);
    private readonly PasswordPolicyStore policies = new(store);
    private readonly AccountRootKeys rootKeys = new(store);
    private readonly UserOwnedItems<SigningCertificateRecord> certificates = new SigningCertificates.SigningCertificates(store).Items;

    public async ValueTask<string> BuildAsync(string accountId, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder(Header).Append('\n');
        var policy = await policies.FindAsync(accountId, cancellationToken);
        var account = await store.GetAsync(AccountRecord.KeyOf(accountId), cancellationToken);
        var rootKey = await rootKeys.FindAsync(accountId, cancellationToken);
        AppendLine(csv,
        [
            "<root_account>", IamArn.Root(accountId),
            account is null ? NotApplicable : Time(IamJson.Read<AccountRecord>(account.Json).CreateDate),
            NotSupported, NoInformation, NotSupported, NotSupported,
            Flag(await MfaDevices.AnyEnabledAsync(store, accountId, accountId, cancellationToken)),
            .. await KeysAsync(accountId, rootKey is null ? [] : [rootKey], cancellationToken),
            .. Certificates([]),
        ]);

        string? marker = null;
        do
        {
            var page = await users.ListAsync(accountId, null, marker, 1000, cancellationToken);
            foreach (var user in page.Items)
            {
                var profile = (await profiles.FindAsync(accountId, user.UserId, cancellationToken))?.Profile;
                var owned = await keys.OfOwnerAsync(accountId, user.UserId, cancellationToken);
                var userCertificates = await certificates.OfUserAsync(accountId, user.UserId, cancellationToken);
                AppendLine(csv,
                [
                    user.UserName, user.Arn, Time(user.CreateDate),
                    .. profile is null
                        ? ["false", NotApplicable, NotApplicable, NotApplicable]
                        : new[] { "true", NoInformation, Time(profile.PasswordLastChanged), profile.ExpiresAt(policy) is { } expiry ? Time(expiry) : NotApplicable },
                    Flag(await MfaDevices.AnyEnabledAsync(store, accountId, user.UserId, cancellationToken)),
                    .. await KeysAsync(accountId, [.. owned.Select(k => k.Key)], cancellationToken),
                    .. Certificates([.. userCertificates.Select(c => c.Record)]),
                ]);
            }
            marker = page.IsTruncated ? page.Marker : null;
        }
        while (marker is not null);
        return csv.ToString();
    }

    private static void AppendLine(StringBuilder csv, IEnumerable<string> fields) =>
        csv.AppendJoin(',', fields.Select(CsvField.Of)).Append('\n');

    /// <summary>The access_key_1 and access_key_2 columns, oldest key first.</summary>
    private async ValueTask<List<string>> KeysAsync(string accountId, IReadOnlyList<AccessKeyRecord> owned, CancellationToken cancellationToken)
    {
        var columns = new List<string>(5 * AccessKeyDirectory.MaxPerUser);
        for (var i = 0; i < AccessKeyDirectory.MaxPerUser; i++)
        {
            if (i >= owned.Count)
            {
                columns.AddRange(["false", NotApplicable, NotApplicable, NotApplicable, NotApplicable]);
                continue;
            }
            var key = owned[i];
            var used = await usage.LastUsedAsync(accountId, key.AccessKeyId, cancellationToken);
            columns.AddRange([Flag(key.IsActive), Time(key.CreateDate), used.LastUsedDate is { } date ? Time(date) : NotApplicable, used.Region, used.ServiceName]);
        }
        return columns;
    }

    /// <summary>The cert_1 and cert_2 columns, oldest certificate first.</summary>
    private static List<string> Certificates(IReadOnlyList<SigningCertificateRecord> owned)
    {
        var ordered = owned.OrderBy(c => c.UploadDate).ToList();
        var columns = new List<string>(2 * SigningCertificates.SigningCertificates.MaxPerUser);
        for (var i = 0; i < SigningCertificates.SigningCertificates.MaxPerUser; i++)
        {
            columns.AddRange(i < ordered.Count
                ? [Flag(ordered[i].Status == CredentialStatus.Active), Time(ordered[i].UploadDate)]
                : ["false", NotApplicable]);
        }
        return columns;
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}
