using System.Diagnostics;
using System.Globalization;
using Rampart.Iam.Common;
using Rampart.Iam.Roles;
using Rampart.Iam.Users;
using Rampart.Storage;
using Rampart.Storage.Items;

// Seeds an account of a stopped Rampart data directory with many users and roles straight through the store API
// (the same records and keys CreateUser and CreateRole write), for bench/iam-load.sh's scale measurement.
// Usage: Rampart.IamScaleBench DATA_DIR ACCOUNT_ID USERS ROLES
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: Rampart.IamScaleBench DATA_DIR ACCOUNT_ID USERS ROLES");
    return 2;
}
var (dataDirectory, accountId) = (args[0], args[1]);
var userCount = int.Parse(args[2], CultureInfo.InvariantCulture);
var roleCount = int.Parse(args[3], CultureInfo.InvariantCulture);
const int PerTransaction = 2000;
const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

await using var store = await StoreFactory.OpenAsync(null, dataDirectory);
var clock = Stopwatch.StartNew();
var created = DateTimeOffset.UtcNow;

async Task SeedAsync(string kind, int count, Func<int, IEnumerable<StoreWrite>> writesOf)
{
    var batch = new List<StoreWrite>();
    for (var i = 0; i < count; i++)
    {
        batch.AddRange(writesOf(i));
        if (batch.Count >= PerTransaction || i == count - 1)
        {
            await store.CommitAsync(batch);
            batch.Clear();
        }
        if ((i + 1) % 100_000 == 0)
        {
            Console.Error.WriteLine($"seed: {i + 1:N0} {kind} after {clock.Elapsed.TotalSeconds:F0} s");
        }
    }
}

await SeedAsync("users", userCount, i => UserDirectory.Create(new UserRecord(
    accountId, $"seeded-user-{i:D7}", IamIds.NewUserId(), i % 10 == 0 ? "/engineering/" : "/", created, null, [])));
await SeedAsync("roles", roleCount, i => RoleDirectory.Create(new RoleRecord(
    accountId, $"seeded-role-{i:D6}", IamIds.NewRoleId(), "/", created, Trust, null, RoleRecord.DefaultMaxSessionDuration, null, [])));
Console.WriteLine($"seeded {userCount:N0} users and {roleCount:N0} roles in {clock.Elapsed.TotalSeconds:F1} s");
Console.WriteLine($"users in the account: {await store.CountAsync(IamCollections.User, accountId):N0}, roles: {await store.CountAsync(RoleCollections.Role, accountId):N0}");
return 0;
