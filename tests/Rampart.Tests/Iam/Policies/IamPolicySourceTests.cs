using System.Text.Json;
using Rampart.Authorization;
using Rampart.Iam.Common;
using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Enforcement;
using Rampart.Iam.Users;
using Rampart.Identity;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Changes;
using Rampart.TestSupport;

namespace Rampart.Tests.Iam.Policies;

/// <summary>The IAM policy source in-process: a user's policies are compiled once, cached, and refreshed exactly
/// when the store reports a change to what they are made of.</summary>
public sealed class IamPolicySourceTests : IAsyncLifetime
{
    private const string Account = "111122223333";
    private const string PolicyArn = $"arn:aws:iam::{Account}:policy/Buckets";
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly TempDirectory directory = new();
    private IStore store = null!;
    private UserRecord user = null!;

    public async Task InitializeAsync()
    {
        store = await StoreFactory.OpenAsync(null, directory.Path);
        user = new UserRecord(Account, "ivy", "AIDAEXAMPLEEXAMPLE01", "/", Now, null, []);
        await store.CommitAsync([.. UserDirectory.Create(user)]);
        var record = new ManagedPolicyRecord("Buckets", "ANPAEXAMPLEEXAMPLE01", PolicyArn, "/", null, Now, Now, "v1", 2,
            [new PolicyVersionRecord("v1", Allow("s3:ListBucket"), Now)], [], 0, 0);
        await store.PutAsync(ManagedPolicies.KeyOf(Account, "Buckets"), JsonSerializer.Serialize(record));
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task A_user_without_policies_is_denied_and_allowed_once_a_policy_is_attached()
    {
        var source = new IamPolicySource(store);
        Assert.False(await AllowedAsync(source, "s3:ListBucket"));

        await new PolicyAttachments(store).AttachAsync(Account, HolderKind.User, "ivy", PolicyArn, CancellationToken.None);
        Assert.False(await AllowedAsync(source, "s3:ListBucket"));

        source.Invalidate(new StoreChange(PolicyAttachments.KeyOf(Account, user.UserId, PolicyArn)));
        Assert.True(await AllowedAsync(source, "s3:ListBucket"));
    }

    [Fact]
    public async Task A_new_default_version_reaches_the_user_when_the_policy_changes()
    {
        var source = new IamPolicySource(store);
        await new PolicyAttachments(store).AttachAsync(Account, HolderKind.User, "ivy", PolicyArn, CancellationToken.None);
        Assert.True(await AllowedAsync(source, "s3:ListBucket"));

        await new ManagedPolicies(store).UpdateAsync(Account, PolicyArn, record => record with
        {
            Versions = [.. record.Versions, new PolicyVersionRecord("v2", Allow("s3:GetObject"), Now)],
            DefaultVersionId = "v2",
        }, CancellationToken.None);
        source.Invalidate(new StoreChange(ManagedPolicies.KeyOf(Account, "Buckets")));

        Assert.False(await AllowedAsync(source, "s3:ListBucket"));
        Assert.True(await AllowedAsync(source, "s3:GetObject"));
    }

    [Fact]
    public async Task Other_principals_are_left_as_found()
    {
        var source = new IamPolicySource(store);
        var found = await source.AddPoliciesAsync(Principal.Root(Account, null), PrincipalPolicies.None, CancellationToken.None);
        Assert.Same(PrincipalPolicies.None, found);
    }

    private async Task<bool> AllowedAsync(IamPolicySource source, string action)
    {
        var principal = new Principal(PrincipalType.User, user.Arn, Account, user.UserId, user.UserName, IamTags.ToDictionary(user.Tags), null, null);
        var policies = await source.AddPoliciesAsync(principal, PrincipalPolicies.None, CancellationToken.None);
        var request = new AuthorizationRequest(principal.ToPolicyPrincipal(), action, "arn:aws:s3:::b", new RequestContext(), policies.Identity)
        {
            PermissionsBoundary = policies.PermissionsBoundary,
        };
        return PolicyEvaluator.Evaluate(request).IsAllowed;
    }

    private static string Allow(string action) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"{{action}}","Resource":"*"}]}""";
}
