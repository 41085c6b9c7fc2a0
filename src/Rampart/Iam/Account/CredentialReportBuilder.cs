using System.Globalization;
using System.Text;
using Rampart.Iam.AccessKeys;
using Rampart.Iam.Common;
using Rampart.Iam.Mfa;
using Rampart.Iam.Passwords;
using Rampart.Iam.Users;
using Rampart.Identity;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Account;

/// <summary>Builds the credential report CSV with the columns IAM documents: one line for the root user, then one
/// per user. Dates are ISO 8601 with a +00:00 offset; "N/A" where a credential does not exist; root's password
/// columns read "not_supported". mfa_active is true while the user has an enabled MFA device; the cert columns
/// describe the user's signing certificates.</summary>
public sealed class CredentialReportBuilder(IStore store, AccessKeyUsage usage)
{
    public const string Header =
        "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active," +
        "access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service," +
        "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service," +
        "cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

    private const string NotApplicable = "N/A";
    private const string NoCertificates = "false,N/A,false,N/A";

    private readonly UserDirectory users = new(store);
    private readonly AccessKeyDirectory keys = new(store);
    private readonly LoginProfiles profiles = new(store);
    private readonly PasswordPolicyStore policies = new(store);
    private readonly AccountRootKeys rootKeys = new(store);

    public async ValueTask<string> BuildAsync(string accountId, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder(Header).Append('\n');
        var policy = await policies.FindAsync(accountId, cancellationToken);
        var account = await store.GetAsync(new ItemKey(IdentityCollections.Account, "", accountId), cancellationToken);
        var rootCreated = account is null ? NotApplicable : Time(IamJson.Read<AccountRecord>(account.Json).CreateDate);
        var rootKey = await rootKeys.FindAsync(accountId, cancellationToken);
        csv.Append(CultureInfo.InvariantCulture, $"<root_account>,{IamArn.Root(accountId)},{rootCreated},not_supported,no_information,not_supported,not_supported,false,")
            .Append(await KeysAsync(accountId, rootKey is null ? [] : [rootKey], cancellationToken)).Append(',').Append(NoCertificates).Append('\n');

        string? marker = null;
        do
        {
            var page = await users.ListAsync(accountId, null, marker, 1000, cancellationToken);
            foreach (var user in page.Items)
            {
                var profile = await profiles.FindAsync(accountId, user.UserId, cancellationToken);
                var password = profile is { Profile: var p }
                    ? $"true,no_information,{Time(p.PasswordLastChanged)},{(p.ExpiresAt(policy) is { } expiry ? Time(expiry) : NotApplicable)}"
                    : "false,N/A,N/A,N/A";
                var owned = await keys.OfOwnerAsync(accountId, user.UserId, cancellationToken);
                var mfaActive = (await store.ListAsync(new ListQuery(MfaDevices.UserCollection, accountId, user.UserId + "/", null, 1), cancellationToken)).Items.Count > 0;
                csv.Append(CultureInfo.InvariantCulture, $"{user.UserName},{user.Arn},{Time(user.CreateDate)},{password},{(mfaActive ? "true" : "false")},")
                    .Append(await KeysAsync(accountId, [.. owned.Select(k => k.Key)], cancellationToken)).Append(',')
                    .Append(await CertificatesAsync(accountId, user.UserId, cancellationToken)).Append('\n');
            }
            marker = page.IsTruncated ? page.Marker : null;
        }
        while (marker is not null);
        return csv.ToString();
    }

    private async ValueTask<string> KeysAsync(string accountId, IReadOnlyList<AccessKeyRecord> owned, CancellationToken cancellationToken)
    {
        var columns = new List<string>(2);
        for (var i = 0; i < AccessKeyDirectory.MaxPerUser; i++)
        {
            if (i >= owned.Count)
            {
                columns.Add("false,N/A,N/A,N/A,N/A");
                continue;
            }
            var key = owned[i];
            var used = await usage.LastUsedAsync(accountId, key.AccessKeyId, cancellationToken);
            columns.Add(string.Join(',',
                key.IsActive ? "true" : "false",
                Time(key.CreateDate),
                used.LastUsedDate is { } date ? Time(date) : NotApplicable,
                used.Region,
                used.ServiceName));
        }
        return string.Join(',', columns);
    }

    /// <summary>The cert_1 and cert_2 columns: the user's signing certificates, oldest first.</summary>
    private async ValueTask<string> CertificatesAsync(string accountId, string userId, CancellationToken cancellationToken)
    {
        var certificates = (await new SigningCertificates.SigningCertificates(store).Items.OfUserAsync(accountId, userId, cancellationToken))
            .Select(c => c.Record).OrderBy(c => c.UploadDate).ToList();
        var columns = new List<string>(SigningCertificates.SigningCertificates.MaxPerUser);
        for (var i = 0; i < SigningCertificates.SigningCertificates.MaxPerUser; i++)
        {
            columns.Add(i < certificates.Count
                ? $"{(certificates[i].Status == UserCredentials.CredentialStatus.Active ? "true" : "false")},{Time(certificates[i].UploadDate)}"
                : "false,N/A");
        }
        return string.Join(',', columns);
    }

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}
