using System.Text.Json.Nodes;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Sts;

namespace Rampart.Tests.Server;

public sealed class GetCallerIdentityTests
{
    [Fact]
    public void Is_read_only_and_needs_no_authorization()
    {
        var prepared = new GetCallerIdentity().Prepare([], Call(Principal.Root("123456789012", "AKIAEXAMPLE")));

        Assert.Equal("sts:GetCallerIdentity", prepared.Access.Action);
        Assert.True(prepared.Access.ReadOnly);
        Assert.False(prepared.Access.AuthorizationRequired);
        Assert.Equal(["*"], prepared.Access.Resources);
    }

    [Fact]
    public async Task Answers_the_callers_ids_under_the_model_member_names()
    {
        var user = new Principal(Policy.PrincipalType.User, "arn:aws:iam::123456789012:user/ops/alice", "123456789012",
            "AIDAEXAMPLEALICE00001", "alice", new Dictionary<string, string>(), "AKIAEXAMPLE", null);

        var output = await new GetCallerIdentity().Prepare([], Call(user)).Run(default);

        var expected = new JsonObject
        {
            ["UserId"] = "AIDAEXAMPLEALICE00001",
            ["Account"] = "123456789012",
            ["Arn"] = "arn:aws:iam::123456789012:user/ops/alice",
        };
        Assert.True(JsonNode.DeepEquals(expected, output), output?.ToJsonString());
    }

    private static CallContext Call(Principal caller) => new(caller, "us-east-1", "req-1", DateTimeOffset.UtcNow, "127.0.0.1", null, false);
}
