using System.Text.Json.Nodes;
using Rampart.Audit;
using Rampart.Identity;
using Rampart.Policy;
using Rampart.Protocol.Models;

namespace Rampart.Tests.Audit;

public class UserIdentityTests
{
    private static readonly Dictionary<string, string> NoTags = [];

    private static JsonObject Serialized(UserIdentity identity)
    {
        var builder = new CloudTrailRecordBuilder(ServiceCatalog.Default);
        var record = builder.Build(AuditEntries.Call("sts", "GetCallerIdentity", identity: identity), "id");
        return (JsonObject)CloudTrailRecordJson.Parse(record)["userIdentity"]!;
    }

    [Fact]
    public void RootHasTheAccountAsPrincipalIdAndNoUserName()
    {
        var identity = Serialized(UserIdentity.Of(Principal.Root("111122223333", "AKIAROOT")));

        Assert.Equal("Root", (string?)identity["type"]);
        Assert.Equal("111122223333", (string?)identity["principalId"]);
        Assert.Equal("arn:aws:iam::111122223333:root", (string?)identity["arn"]);
        Assert.Equal("111122223333", (string?)identity["accountId"]);
        Assert.Equal("AKIAROOT", (string?)identity["accessKeyId"]);
        Assert.False(identity.ContainsKey("userName"));
        Assert.False(identity.ContainsKey("sessionContext"));
    }

    [Fact]
    public void IamUserCarriesItsNameAndUniqueId()
    {
        var alice = new Principal(PrincipalType.User, "arn:aws:iam::111122223333:user/ops/alice", "111122223333",
            "AIDAEXAMPLEALICE", "alice", NoTags, "AKIAALICE", null);

        var identity = Serialized(UserIdentity.Of(alice));

        Assert.Equal("IAMUser", (string?)identity["type"]);
        Assert.Equal("AIDAEXAMPLEALICE", (string?)identity["principalId"]);
        Assert.Equal("alice", (string?)identity["userName"]);
        Assert.Equal("AKIAALICE", (string?)identity["accessKeyId"]);
    }

    [Fact]
    public void RoleSessionNamesItsIssuerAndSessionAttributes()
    {
        var issued = new DateTimeOffset(2024, 5, 1, 12, 30, 15, TimeSpan.Zero);
        var session = new Principal(PrincipalType.AssumedRole, "arn:aws:sts::111122223333:assumed-role/deploy/ci-run",
            "111122223333", "AROAEXAMPLEDEPLOY:ci-run", null, NoTags, "ASIATEMP",
            new SessionFacts(issued, issued, "arn:aws:iam::111122223333:role/pipelines/deploy"));

        var identity = Serialized(UserIdentity.Of(session));

        Assert.Equal("AssumedRole", (string?)identity["type"]);
        Assert.Equal("AROAEXAMPLEDEPLOY:ci-run", (string?)identity["principalId"]);
        var issuer = identity["sessionContext"]!["sessionIssuer"]!;
        Assert.Equal("Role", (string?)issuer["type"]);
        Assert.Equal("AROAEXAMPLEDEPLOY", (string?)issuer["principalId"]);
        Assert.Equal("arn:aws:iam::111122223333:role/pipelines/deploy", (string?)issuer["arn"]);
        Assert.Equal("deploy", (string?)issuer["userName"]);
        var attributes = identity["sessionContext"]!["attributes"]!;
        Assert.Equal("2024-05-01T12:30:15Z", (string?)attributes["creationDate"]);
        Assert.Equal("true", (string?)attributes["mfaAuthenticated"]);
        Assert.Equal("ci-run", LookupFacts.Username(UserIdentity.Of(session)));
    }

    [Fact]
    public void FailedAuthenticationKeepsOnlyWhatIsKnown()
    {
        var identity = Serialized(UserIdentity.Unauthenticated("AKIAUNKNOWN", null));

        Assert.Equal("Unknown", (string?)identity["type"]);
        Assert.Equal("AKIAUNKNOWN", (string?)identity["accessKeyId"]);
        Assert.False(identity.ContainsKey("arn"));
        Assert.Null(LookupFacts.Username(UserIdentity.Unauthenticated("AKIAUNKNOWN", null)));
    }
}
