using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Delegation;

/// <summary>A delegation request through its life: created by a partner, taken, annotated, accepted and finalized,
/// listed for its owner, summarized in words, and closed to further changes.</summary>
public sealed class DelegationEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Iam => new(fixture.Server, "iam");

    [Fact]
    public async Task A_request_is_taken_accepted_finalized_and_then_closed()
    {
        var id = (await Iam.OkAsync("create-delegation-request", "--description", "Monitoring setup", "--request-message", "We configure alarms.",
            "--permissions", "PolicyTemplateArn=arn:aws:iam::aws:delegation-template/Monitoring,Parameters=[{Name=BucketName,Values=[logs-bucket],Type=string}]",
            "--requestor-workflow-id", "workflow-1", "--notification-channel", "arn:aws:sns:us-east-1:123456789012:partner", "--session-duration", "3600"))
            .GetProperty("DelegationRequestId").GetString()!;
        var created = (await Iam.OkAsync("get-delegation-request", "--delegation-request-id", id)).GetProperty("DelegationRequest");
        Assert.Equal("UNASSIGNED", created.GetProperty("State").GetString());
        Assert.Equal(fixture.Server.AccountId, created.GetProperty("RequestorId").GetString());
        Assert.Empty((await Iam.OkAsync("list-delegation-requests")).GetProperty("DelegationRequests").EnumerateArray());

        Assert.Contains("(InvalidInput)", await Iam.FailsAsync("accept-delegation-request", "--delegation-request-id", id));
        await Iam.OkAsync("associate-delegation-request", "--delegation-request-id", id);
        await Iam.OkAsync("update-delegation-request", "--delegation-request-id", id, "--notes", "Only the logs bucket.");
        var pending = (await Iam.OkAsync("get-delegation-request", "--delegation-request-id", id)).GetProperty("DelegationRequest");
        Assert.Equal("PENDING_APPROVAL", pending.GetProperty("State").GetString());
        Assert.Equal($"arn:aws:iam::{fixture.Server.AccountId}:root", pending.GetProperty("OwnerId").GetString());

        var summary = await Iam.OkAsync("get-human-readable-summary", "--entity-arn", $"arn:aws:iam::{fixture.Server.AccountId}:delegation-request/{id}");
        Assert.Equal("AVAILABLE", summary.GetProperty("SummaryState").GetString());
        Assert.Contains("BucketName is logs-bucket", summary.GetProperty("SummaryContent").GetString());

        await Iam.OkAsync("accept-delegation-request", "--delegation-request-id", id);
        await Iam.OkAsync("send-delegation-token", "--delegation-request-id", id);
        var listed = (await Iam.OkAsync("list-delegation-requests")).GetProperty("DelegationRequests");
        Assert.Equal("FINALIZED", listed[0].GetProperty("State").GetString());
        Assert.Contains("(InvalidInput)", await Iam.FailsAsync("reject-delegation-request", "--delegation-request-id", id, "--notes", "too late"));
        Assert.Contains("(NoSuchEntity)", await Iam.FailsAsync("get-delegation-request", "--delegation-request-id", "dr-0000000000000000"));
    }
}
