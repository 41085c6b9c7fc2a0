using Rampart.Audit;
using Rampart.Iam.AccessKeys;
using Rampart.Iam.Account;
using Rampart.Iam.Common;
using Rampart.Iam.Mfa;
using Rampart.Iam.Users;
using Rampart.Storage;
using Rampart.TestSupport;

namespace Rampart.Tests.Iam.Reports;

/// <summary>The credential report in-process, for the state no API of AWS's sets: the root user's MFA device is
/// enabled through the console, so the test writes it where the console would and reads the root line.</summary>
public sealed class CredentialReportBuilderTests : IAsyncLifetime
{
    private const string Account = "111122223333";
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly TempDirectory directory = new();
    private IStore store = null!;

    public async Task InitializeAsync() => store = await StoreFactory.OpenAsync(null, directory.Path);

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task The_root_line_reports_the_root_users_MFA_and_not_a_users()
    {
        var user = new UserRecord(Account, "ivy", "AIDAEXAMPLEEXAMPLE01", "/", Now, null, []);
        await store.CommitAsync([.. UserDirectory.Create(user)]);
        Assert.Equal("false", Column(await BuildAsync(), "<root_account>", 7));

        await store.PutAsync(MfaDevices.UserKeyOf(Account, Account, "arn:aws:iam::111122223333:mfa/root-account-mfa-device"),
            IamJson.Write(new MfaUserEntry("arn:aws:iam::111122223333:mfa/root-account-mfa-device")));
        var report = await BuildAsync();
        Assert.Equal("true", Column(report, "<root_account>", 7));
        Assert.Equal("false", Column(report, "ivy", 7));
    }

    private ValueTask<string> BuildAsync() =>
        new CredentialReportBuilder(store, new AccessKeyUsage(store, new SilentTrail())).BuildAsync(Account, CancellationToken.None);

    private static string Column(string csv, string user, int index) =>
        csv.Split('\n').Single(line => line.StartsWith(user + ",", StringComparison.Ordinal)).Split(',')[index];

    private sealed class SilentTrail : IAuditTrail
    {
        public ValueTask Record(AuditEntry entry, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public Task FlushAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
