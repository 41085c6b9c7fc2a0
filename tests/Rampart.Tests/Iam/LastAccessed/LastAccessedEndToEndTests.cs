using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.LastAccessed;

/// <summary>Service last accessed reports read from the audit trail, and the policies that grant a service.</summary>
public sealed class LastAccessedEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Iam => new(fixture.Server, "iam");

    [Fact]
    public async Task A_users_report_shows_the_services_its_policies_allow_and_when_each_was_used()
    {
        await Iam.OkAsync("create-user", "--user-name", "reader");
        await Iam.OkAsync("put-user-policy", "--user-name", "reader", "--policy-name", "ReadIam", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:Get*","iam:List*","kms:ListKeys"],"Resource":"*"}]}""");
        await Iam.OkAsync("create-group", "--group-name", "Readers");
        await Iam.OkAsync("add-user-to-group", "--group-name", "Readers", "--user-name", "reader");
        await Iam.OkAsync("attach-group-policy", "--group-name", "Readers", "--policy-arn", "arn:aws:iam::aws:policy/IAMReadOnlyAccess");
        var reader = Iam.As((await Iam.OkAsync("create-access-key", "--user-name", "reader")).GetProperty("AccessKey"));
        await reader.OkAsync("get-user");
        await reader.OkAsync("list-groups");
        var readerArn = $"arn:aws:iam::{fixture.Server.AccountId}:user/reader";

        var jobId = (await Iam.OkAsync("generate-service-last-accessed-details", "--arn", readerArn, "--granularity", "ACTION_LEVEL"))
            .GetProperty("JobId").GetString()!;
        Assert.Equal(36, jobId.Length);
        var details = await Iam.OkAsync("get-service-last-accessed-details", "--job-id", jobId);
        Assert.Equal("COMPLETED", details.GetProperty("JobStatus").GetString());
        Assert.Equal("ACTION_LEVEL", details.GetProperty("JobType").GetString());
        var services = details.GetProperty("ServicesLastAccessed").EnumerateArray().ToDictionary(s => s.GetProperty("ServiceNamespace").GetString()!);
        Assert.Equal(["iam", "kms"], services.Keys.Order());
        var iam = services["iam"];
        Assert.Equal("AWS Identity and Access Management", iam.GetProperty("ServiceName").GetString());
        Assert.Equal(readerArn, iam.GetProperty("LastAuthenticatedEntity").GetString());
        Assert.Equal(1, iam.GetProperty("TotalAuthenticatedEntities").GetInt32());
        Assert.Equal(["GetUser", "ListGroups"], iam.GetProperty("TrackedActionsLastAccessed").EnumerateArray().Select(a => a.GetProperty("ActionName").GetString()).Order());
        Assert.False(services["kms"].TryGetProperty("LastAuthenticated", out _));

        var groupJob = (await Iam.OkAsync("generate-service-last-accessed-details", "--arn", $"arn:aws:iam::{fixture.Server.AccountId}:group/Readers"))
            .GetProperty("JobId").GetString()!;
        var entities = (await Iam.OkAsync("get-service-last-accessed-details-with-entities", "--job-id", groupJob, "--service-namespace", "iam"))
            .GetProperty("EntityDetailsList");
        var entity = entities[0];
        Assert.Equal("reader", entity.GetProperty("EntityInfo").GetProperty("Name").GetString());
        Assert.Equal("USER", entity.GetProperty("EntityInfo").GetProperty("Type").GetString());
        Assert.True(entity.TryGetProperty("LastAuthenticated", out _));

        var granting = (await Iam.OkAsync("list-policies-granting-service-access", "--arn", readerArn, "--service-namespaces", "iam", "kms", "s3"))
            .GetProperty("PoliciesGrantingServiceAccess").EnumerateArray().ToDictionary(e => e.GetProperty("ServiceNamespace").GetString()!, e => e.GetProperty("Policies"));
        Assert.Equal(["IAMReadOnlyAccess", "ReadIam"], Names(granting["iam"]));
        Assert.Equal(["ReadIam"], Names(granting["kms"]));
        Assert.Empty(Names(granting["s3"]));
        var inline = granting["kms"][0];
        Assert.Equal("INLINE", inline.GetProperty("PolicyType").GetString());
        Assert.Equal("USER", inline.GetProperty("EntityType").GetString());
        Assert.Equal("MANAGED", granting["iam"].EnumerateArray().Single(p => p.GetProperty("PolicyName").GetString() == "IAMReadOnlyAccess").GetProperty("PolicyType").GetString());

        Assert.Contains("(NoSuchEntity)", await Iam.FailsAsync("generate-service-last-accessed-details", "--arn", $"arn:aws:iam::{fixture.Server.AccountId}:user/nobody"));
        Assert.Contains("(NoSuchEntity)", await Iam.FailsAsync("get-service-last-accessed-details", "--job-id", Guid.NewGuid().ToString()));
    }

    private static List<string> Names(JsonElement policies) => [.. policies.EnumerateArray().Select(p => p.GetProperty("PolicyName").GetString()!).Order(StringComparer.Ordinal)];
}
