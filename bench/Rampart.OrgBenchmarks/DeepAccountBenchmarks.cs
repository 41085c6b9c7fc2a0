using BenchmarkDotNet.Attributes;
using Rampart.Authorization;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Protocol.Models;
using Rampart.Storage;

namespace Rampart.OrgBenchmarks;

/// <summary>Issue 5, section 5: authorizing one request of an administrator in an account five OUs below the root
/// (seven SCP levels: root, five OUs, account) against the same request in an account directly under the root (two
/// levels), in an organization of 10,000 accounts in 1,000 OUs. Everything goes through the server's enforcement
/// point (<see cref="Authorizer"/>) with the real organization directory and SCP cache over a SQLite store; both are
/// warm, as they are for every request after an account's first.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class DeepAccountBenchmarks
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "rampart-orgbench-" + Guid.NewGuid().ToString("N"));
    private IStore store = null!;
    private Authorizer authorizer = null!;
    private CallContext deepCall = null!;
    private CallContext rootCall = null!;
    private AccessRequirement access = null!;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(directory);
        store = StoreFactory.OpenAsync(null, directory).GetAwaiter().GetResult();
        var organization = LargeOrganization.CreateAsync(store).GetAwaiter().GetResult();
        var source = new OrganizationPolicySource(new OrganizationDirectory(store), new OrganizationPolicyCache(store));
        authorizer = new Authorizer([new Administrators(), source], [], [source]);
        deepCall = Call(organization.DeepAccountId);
        rootCall = Call(organization.RootAccountId);
        access = new AccessRequirement("s3:GetObject", ["arn:aws:s3:::reports/2026/01.csv"], new Dictionary<string, ContextValue>(),
            new Dictionary<string, string>(), ReadOnly: true, AuthorizationRequired: true);
        AuthorizeDeepAccount();
        AuthorizeAccountUnderRoot();
        // The region SCP must bind both accounts, or the benchmark would measure a path that never reaches the levels.
        var outside = deepCall with { Region = "us-east-1" };
        if (Allowed(outside) || Allowed(rootCall with { Region = "us-east-1" }))
        {
            throw new InvalidOperationException("The SCP on the root does not limit the benchmark's accounts.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public void AuthorizeAccountUnderRoot() =>
        authorizer.AuthorizeAsync(rootCall, access, ProtocolKind.Json, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public void AuthorizeDeepAccount() =>
        authorizer.AuthorizeAsync(deepCall, access, ProtocolKind.Json, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private bool Allowed(CallContext call)
    {
        try
        {
            authorizer.AuthorizeAsync(call, access, ProtocolKind.Json, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            return true;
        }
        catch (Protocol.AwsException)
        {
            return false;
        }
    }

    private static CallContext Call(string account) => new(
        new Principal(PrincipalType.User, $"arn:aws:iam::{account}:user/admin", account, "AIDAEXAMPLEADMIN00001", "admin",
            new Dictionary<string, string>(), "AKIAEXAMPLEADMIN0001", null),
        "eu-west-1", "req-1", DateTimeOffset.UtcNow, "10.0.0.1", "bench", SecureTransport: true);

    /// <summary>Every caller holds AdministratorAccess, so only the organization's levels decide.</summary>
    private sealed class Administrators : IPrincipalPolicySource
    {
        private static readonly CompiledPolicy Admin = CompiledPolicy.Compile(PolicyParser.Parse(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""", PolicyKind.Identity, "AdministratorAccess"));

        public ValueTask<PrincipalPolicies> AddPoliciesAsync(Principal caller, PrincipalPolicies found, CancellationToken cancellationToken) =>
            ValueTask.FromResult(found with { Identity = [Admin] });
    }
}
