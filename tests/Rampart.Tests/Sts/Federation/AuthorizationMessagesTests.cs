using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Protocol;
using Rampart.Storage.Secrets;
using Rampart.Sts;

namespace Rampart.Tests.Sts.Federation;

/// <summary>Encoded authorization messages: what the encoder seals, DecodeAuthorizationMessage shows as AWS's JSON,
/// in the same account only; an altered or foreign message is InvalidAuthorizationMessageException.</summary>
public sealed class AuthorizationMessagesTests : IDisposable
{
    private const string Account = "123456789012";
    private static readonly Principal Bob = new(PrincipalType.User, $"arn:aws:iam::{Account}:user/Bob", Account, "AIDACKCEVSQ6C2EXAMPLE", "Bob",
        new Dictionary<string, string>(), "AKIAEXAMPLEEXAMPLE12", null);

    private readonly SecretProtector secrets = new(new TestMasterKey());

    public void Dispose() => secrets.Dispose();

    private static AuthorizationRequest Denied()
    {
        var policy = CompiledPolicy.Compile(PolicyParser.Parse("""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":"ec2:*","Resource":"*"},
              {"Sid":"NoBigInstances","Effect":"Deny","Action":"ec2:RunInstances","Resource":"*","Condition":{"StringNotEquals":{"ec2:InstanceType":"t3.micro"}}}]}
            """, PolicyKind.Identity, "ec2-limits"));
        var context = new RequestContext().Set("ec2:InstanceType", "m5.24xlarge").Set("aws:RequestedRegion", "us-east-1");
        return new AuthorizationRequest(Bob.ToPolicyPrincipal(), "ec2:RunInstances", $"arn:aws:ec2:us-east-1:{Account}:instance/*", context, [policy]);
    }

    private static CallContext CallBy(Principal caller) => new(caller, "us-east-1", "request-1", DateTimeOffset.UtcNow, "127.0.0.1", null, false);

    private async Task<JsonElement> DecodeAsync(string encoded, Principal caller)
    {
        var prepared = new DecodeAuthorizationMessage(secrets).Prepare(new JsonObject { ["EncodedMessage"] = encoded }, CallBy(caller));
        Assert.Equal("sts:DecodeAuthorizationMessage", prepared.Access.Action);
        var output = await prepared.Run(CancellationToken.None);
        return JsonDocument.Parse(output!["DecodedMessage"]!.GetValue<string>()).RootElement.Clone();
    }

    [Fact]
    public async Task A_denial_decodes_to_the_decision_the_statement_and_the_context()
    {
        var encoded = new AuthorizationMessages(secrets).Encode(Denied(), Bob);

        var message = await DecodeAsync(encoded, Bob);

        Assert.False(message.GetProperty("allowed").GetBoolean());
        Assert.True(message.GetProperty("explicitDeny").GetBoolean());
        var statement = Assert.Single(message.GetProperty("matchedStatements").GetProperty("items").EnumerateArray(),
            s => s.GetProperty("effect").GetString() == "DENY");
        Assert.Equal("NoBigInstances", statement.GetProperty("statementId").GetString());
        var context = message.GetProperty("context");
        Assert.Equal("AIDACKCEVSQ6C2EXAMPLE", context.GetProperty("principal").GetProperty("id").GetString());
        Assert.Equal("Bob", context.GetProperty("principal").GetProperty("name").GetString());
        Assert.Equal(Bob.Arn, context.GetProperty("principal").GetProperty("arn").GetString());
        Assert.Equal("ec2:RunInstances", context.GetProperty("action").GetString());
        var condition = Assert.Single(context.GetProperty("conditions").GetProperty("items").EnumerateArray(),
            c => c.GetProperty("key").GetString() == "ec2:InstanceType");
        Assert.Equal("m5.24xlarge", condition.GetProperty("values").GetProperty("items")[0].GetProperty("value").GetString());
        Assert.DoesNotContain("m5.24xlarge", encoded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_accounts_caller_cannot_decode_the_message()
    {
        var encoded = new AuthorizationMessages(secrets).Encode(Denied(), Bob);
        var stranger = Bob with { AccountId = "210987654321", Arn = "arn:aws:iam::210987654321:user/Eve" };

        var error = await Assert.ThrowsAsync<AwsException>(() => DecodeAsync(encoded, stranger));

        Assert.Equal("InvalidAuthorizationMessageException", error.Error.Code);
    }

    [Fact]
    public async Task An_altered_or_made_up_message_is_refused()
    {
        var encoded = new AuthorizationMessages(secrets).Encode(Denied(), Bob);
        var altered = (encoded[5] == 'A' ? "B" : "A") is var c ? encoded[..5] + c + encoded[6..] : encoded;

        foreach (var bad in new[] { altered, "not-a-message", "AAAA" })
        {
            var error = await Assert.ThrowsAsync<AwsException>(() => DecodeAsync(bad, Bob));
            Assert.Equal(("InvalidAuthorizationMessageException", 400), (error.Error.Code, error.Error.StatusCode));
        }
    }
}
