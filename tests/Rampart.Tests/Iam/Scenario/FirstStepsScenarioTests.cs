using System.Text;
using System.Text.Json;
using Rampart.Tests.EndToEnd;
using Rampart.TestSupport;

namespace Rampart.Tests.Iam.Scenario;

/// <summary>Issue 4 section 5, as a person would do it with the aws CLI: the root user hands over to an administrator,
/// who sets up cashiers that may only list one bucket, moves one to inventory, shows that an assumed role leaves the
/// user's own permissions behind, and guards a sensitive action with MFA.</summary>
public sealed class FirstStepsScenarioTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string ReceiptsBucket = "arn:aws:s3:::shop-receipts";
    private const string StockBucket = "arn:aws:s3:::shop-stock";

    private AwsCli Root => new(fixture.Server, "iam");

    [Fact]
    public async Task An_administrator_sets_up_groups_roles_and_mfa_and_every_permission_holds()
    {
        // The root user creates an administrator and from then on stays out of the way.
        await Root.OkAsync("create-user", "--user-name", "admin");
        await Root.OkAsync("attach-user-policy", "--user-name", "admin", "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess");
        var admin = Root.As((await Root.OkAsync("create-access-key", "--user-name", "admin")).GetProperty("AccessKey"));
        Assert.EndsWith(":user/admin", (await admin.For("sts").OkAsync("get-caller-identity")).GetProperty("Arn").GetString());

        // Cashiers may list the receipts bucket and nothing else.
        await admin.OkAsync("create-group", "--group-name", "Cashiers");
        await admin.OkAsync("put-group-policy", "--group-name", "Cashiers", "--policy-name", "ListReceipts", "--policy-document", ListBucket(ReceiptsBucket));
        foreach (var cashier in new[] { "alice", "bob", "carol" })
        {
            await admin.OkAsync("create-user", "--user-name", cashier);
            await admin.OkAsync("add-user-to-group", "--group-name", "Cashiers", "--user-name", cashier);
        }
        Assert.Equal(["alice", "bob", "carol"], Names((await admin.OkAsync("get-group", "--group-name", "Cashiers")).GetProperty("Users"), "UserName"));

        var alice = await Decisions(admin, "alice", ["s3:ListBucket", "s3:GetObject", "s3:DeleteBucket", "iam:ListUsers"], ReceiptsBucket);
        Assert.Equal("allowed", alice["s3:ListBucket"]);
        Assert.Equal("implicitDeny", alice["s3:GetObject"]);
        Assert.Equal("implicitDeny", alice["s3:DeleteBucket"]);
        Assert.Equal("implicitDeny", alice["iam:ListUsers"]);
        Assert.Equal("implicitDeny", (await Decisions(admin, "alice", ["s3:ListBucket"], StockBucket))["s3:ListBucket"]);

        // Carol moves to Inventory: she now lists the stock bucket and no longer the receipts.
        await admin.OkAsync("create-group", "--group-name", "Inventory");
        await admin.OkAsync("put-group-policy", "--group-name", "Inventory", "--policy-name", "ListStock", "--policy-document", ListBucket(StockBucket));
        await admin.OkAsync("remove-user-from-group", "--group-name", "Cashiers", "--user-name", "carol");
        await admin.OkAsync("add-user-to-group", "--group-name", "Inventory", "--user-name", "carol");
        Assert.Equal(["Inventory"], Names((await admin.OkAsync("list-groups-for-user", "--user-name", "carol")).GetProperty("Groups"), "GroupName"));
        Assert.Equal("allowed", (await Decisions(admin, "carol", ["s3:ListBucket"], StockBucket))["s3:ListBucket"]);
        Assert.Equal("implicitDeny", (await Decisions(admin, "carol", ["s3:ListBucket"], ReceiptsBucket))["s3:ListBucket"]);
        Assert.Equal(["alice", "bob"], Names((await admin.OkAsync("get-group", "--group-name", "Cashiers")).GetProperty("Users"), "UserName"));

        // Bob may list users himself; as the Auditor role he may list roles, and his own permission is left behind.
        var bobArn = $"arn:aws:iam::{fixture.Server.AccountId}:user/bob";
        await admin.OkAsync("put-user-policy", "--user-name", "bob", "--policy-name", "Own", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:ListUsers","sts:AssumeRole"],"Resource":"*"}]}""");
        var auditorArn = (await admin.OkAsync("create-role", "--role-name", "Auditor", "--assume-role-policy-document",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{bobArn}}"},"Action":"sts:AssumeRole"}]}"""))
            .GetProperty("Role").GetProperty("Arn").GetString()!;
        await admin.OkAsync("put-role-policy", "--role-name", "Auditor", "--policy-name", "ListRoles", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListRoles","Resource":"*"}]}""");
        var bob = Root.As((await admin.OkAsync("create-access-key", "--user-name", "bob")).GetProperty("AccessKey"));
        await bob.OkAsync("list-users");
        Assert.Contains("(AccessDenied)", await bob.FailsAsync("list-roles"));
        var session = (await bob.For("sts").OkAsync("assume-role", "--role-arn", auditorArn, "--role-session-name", "bob-audit")).GetProperty("Credentials");
        var auditor = Root.As(session);
        Assert.Contains("Auditor", Names((await auditor.OkAsync("list-roles")).GetProperty("Roles"), "RoleName"));
        var leftBehind = await auditor.FailsAsync("list-users");
        Assert.Contains("(AccessDenied)", leftBehind);
        Assert.Contains("assumed-role/Auditor/bob-audit is not authorized to perform: iam:ListUsers", leftBehind);

        // Deleting a user is sensitive: Erin may do it only with MFA, which she proves through GetSessionToken.
        await admin.OkAsync("create-user", "--user-name", "erin");
        await admin.OkAsync("put-user-policy", "--user-name", "erin", "--policy-name", "DeleteWithMfa", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:DeleteUser","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""");
        using var directory = new TempDirectory("scenario-mfa");
        var seedFile = directory.File("seed.txt");
        var serial = (await admin.OkAsync("create-virtual-mfa-device", "--virtual-mfa-device-name", "erin-phone",
            "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed")).GetProperty("VirtualMFADevice").GetProperty("SerialNumber").GetString()!;
        var seed = TimeBasedCode.DecodeBase32(File.ReadAllText(seedFile, Encoding.ASCII));
        var step = TimeBasedCode.StepAt(DateTimeOffset.UtcNow);
        Assert.Contains("(InvalidAuthenticationCode)", await admin.FailsAsync("enable-mfa-device", "--user-name", "erin", "--serial-number", serial,
            "--authentication-code1", TimeBasedCode.At(seed, step - 1), "--authentication-code2", TimeBasedCode.At(seed, step - 3)));
        await admin.OkAsync("enable-mfa-device", "--user-name", "erin", "--serial-number", serial,
            "--authentication-code1", TimeBasedCode.At(seed, step - 2), "--authentication-code2", TimeBasedCode.At(seed, step - 1));
        var erin = Root.As((await admin.OkAsync("create-access-key", "--user-name", "erin")).GetProperty("AccessKey"));
        await admin.OkAsync("create-user", "--user-name", "mallory");

        Assert.Contains("(AccessDenied)", await erin.FailsAsync("delete-user", "--user-name", "mallory"));
        var wrongCode = TimeBasedCode.At(seed, step + 100);
        Assert.Contains("MultiFactorAuthentication failed", await erin.For("sts").FailsAsync("get-session-token", "--serial-number", serial, "--token-code", wrongCode));
        var mfaSession = (await erin.For("sts").OkAsync("get-session-token", "--serial-number", serial,
            "--token-code", TimeBasedCode.At(seed, TimeBasedCode.StepAt(DateTimeOffset.UtcNow)))).GetProperty("Credentials");
        await Root.As(mfaSession).OkAsync("delete-user", "--user-name", "mallory");
        Assert.Contains("(NoSuchEntity)", await admin.FailsAsync("get-user", "--user-name", "mallory"));
    }

    private static string ListBucket(string bucketArn) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"{{bucketArn}}"}]}""";

    private static List<string> Names(JsonElement list, string member) => [.. list.EnumerateArray().Select(e => e.GetProperty(member).GetString()!).Order(StringComparer.Ordinal)];

    /// <summary>The simulator's decision for each action of <paramref name="userName"/> on one resource.</summary>
    private async Task<Dictionary<string, string>> Decisions(AwsCli admin, string userName, string[] actions, string resourceArn)
    {
        var simulated = await admin.OkAsync(["simulate-principal-policy", "--policy-source-arn", $"arn:aws:iam::{fixture.Server.AccountId}:user/{userName}",
            "--action-names", .. actions, "--resource-arns", resourceArn]);
        return simulated.GetProperty("EvaluationResults").EnumerateArray()
            .ToDictionary(r => r.GetProperty("EvalActionName").GetString()!, r => r.GetProperty("EvalDecision").GetString()!);
    }
}
