using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Organizations.Tree;

/// <summary>One enforcing server whose default account manages an organization with one created member account,
/// and an administrator user of the management account who can sign in to member accounts through their
/// OrganizationAccountAccessRole (root users cannot assume roles).</summary>
public sealed class OrganizationFixture : IAsyncLifetime
{
    private readonly EnforcingServerFixture server = new();
    private AwsCli? administrator;

    public RampartProcess Server => server.Server;

    /// <summary>The management account's root user, with "organizations" commands.</summary>
    public AwsCli Management => new(Server, "organizations");

    public AwsCli Administrator => administrator ?? throw new InvalidOperationException("The fixture has not started.");

    public string OrganizationId { get; private set; } = "";

    public string RootId { get; private set; } = "";

    /// <summary>A member account the fixture created, which tests may read but not move or remove.</summary>
    public string MemberId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await server.InitializeAsync();
        var organization = (await Management.OkAsync("create-organization")).GetProperty("Organization");
        OrganizationId = organization.GetProperty("Id").GetString()!;
        RootId = (await Management.OkAsync("list-roots")).GetProperty("Roots")[0].GetProperty("Id").GetString()!;
        var iam = new AwsCli(Server, "iam");
        await iam.OkAsync("create-user", "--user-name", "org-admin");
        await iam.OkAsync("attach-user-policy", "--user-name", "org-admin", "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess");
        administrator = new AwsCli(Server).As((await iam.OkAsync("create-access-key", "--user-name", "org-admin")).GetProperty("AccessKey"));
        MemberId = await CreateAccountAsync("member@fixture.example", "Fixture member");
    }

    public Task DisposeAsync() => server.DisposeAsync();

    /// <summary>Creates an account and waits for its request to succeed, as a script written for AWS would.</summary>
    public async Task<string> CreateAccountAsync(string email, string name, params string[] more)
    {
        var status = (await Management.OkAsync(["create-account", "--email", email, "--account-name", name, .. more])).GetProperty("CreateAccountStatus");
        var described = (await Management.OkAsync("describe-create-account-status", "--create-account-request-id", status.GetProperty("Id").GetString()!))
            .GetProperty("CreateAccountStatus");
        Assert.Equal("SUCCEEDED", described.GetProperty("State").GetString());
        return described.GetProperty("AccountId").GetString()!;
    }

    /// <summary>The administrator, signed in to <paramref name="accountId"/> through a role of that account.</summary>
    public async Task<AwsCli> SignInAsync(string accountId, string roleName = "OrganizationAccountAccessRole")
    {
        var assumed = await Administrator.OkAsync(
            "sts", "assume-role", "--role-arn", $"arn:aws:iam::{accountId}:role/{roleName}", "--role-session-name", "fixture");
        return new AwsCli(Server).As(assumed.GetProperty("Credentials"));
    }

    public static IEnumerable<string> Ids(JsonElement list, string property = "Id") =>
        list.EnumerateArray().Select(item => item.GetProperty(property).GetString()!);
}
