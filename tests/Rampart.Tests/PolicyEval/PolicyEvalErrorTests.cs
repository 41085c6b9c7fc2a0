namespace Rampart.Tests.PolicyEval;

/// <summary>Bad lines get an error line naming the line and field; the other lines still run.</summary>
public class PolicyEvalErrorTests
{
    private const string Good =
        """{"principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:ListAllMyBuckets", "resource": "*", "identityPolicies": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:List*", "Resource": "*"}}]}""";

    [Fact]
    public async Task AMalformedLineDoesNotStopTheOthers()
    {
        var (exitCode, lines) = await PolicyEvalRunner.RunAsync(Good, "{not json", "", Good, "[1, 2]");

        Assert.Equal(1, exitCode);
        Assert.Equal(4, lines.Count);
        Assert.Equal("Allowed", lines[0].Decision());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.Equal("The line is not valid JSON.", lines[1].GetProperty("error").GetString());
        Assert.Equal(4, lines[2].GetProperty("line").GetInt32());
        Assert.Equal("Allowed", lines[2].Decision());
        Assert.Equal("A request must be a JSON object.", lines[3].GetProperty("error").GetString());
    }

    [Fact]
    public async Task EveryRequestEvaluatedExitsZero()
    {
        var (exitCode, lines) = await PolicyEvalRunner.RunAsync(Good, Good);
        Assert.Equal(0, exitCode);
        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public async Task AMalformedPolicyNamesItsFieldAndIamsMessage()
    {
        var line = await PolicyEvalRunner.RunOneAsync(
            """{"id": "r1", "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject", "resource": "*", "identityPolicies": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}}, {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Resource": "*"}}]}""");

        Assert.Equal("r1", line.GetProperty("id").GetString());
        Assert.Equal("identityPolicies[1]", line.GetProperty("field").GetString());
        Assert.Equal("MalformedPolicyDocument: Policy statement must contain actions.", line.GetProperty("error").GetString());
    }

    [Fact]
    public async Task AnInvalidScpReportsOrganizationsWordingAndTheRule()
    {
        var line = await PolicyEvalRunner.RunOneAsync(
            """{"principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject", "resource": "*", "scps": [[{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}}]]}""");

        Assert.Equal("scps[0][0]", line.GetProperty("field").GetString());
        Assert.Equal(
            "MalformedPolicyDocument: The provided policy document does not meet the requirements of the specified policy type. (Has prohibited field Principal)",
            line.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("""{"action": "s3:GetObject", "resource": "*"}""", "principal", "Required field is missing.")]
    [InlineData("""{"principal": "alice", "action": "s3:GetObject", "resource": "*"}""", "principal", null)]
    [InlineData("""{"principal": "*", "action": "s3:GetObject", "resource": "*", "identityPolicy": []}""", "identityPolicy", "Unknown request field.")]
    [InlineData("""{"principal": "*", "action": 5, "resource": "*"}""", "action", "Must be a string.")]
    [InlineData("""{"principal": "*", "action": "s3:GetObject", "resource": "*", "identityPolicies": {}}""", "identityPolicies", "Must be a JSON array.")]
    [InlineData("""{"principal": "*", "action": "s3:GetObject", "resource": "*", "context": {"aws:SourceIp": {"ip": 1}}}""", "context.aws:SourceIp", null)]
    [InlineData("""{"principal": "*", "action": "s3:GetObject", "resource": "*", "resourcePolicy": 7}""", "resourcePolicy", null)]
    [InlineData("""{"principal": "*", "action": "s3:GetObject", "resource": "*", "resourcePolicyKind": "bucket"}""", "resourcePolicyKind", null)]
    public async Task BadFieldsAreNamed(string request, string field, string? message)
    {
        var line = await PolicyEvalRunner.RunOneAsync(request);
        Assert.Equal(field, line.GetProperty("field").GetString());
        Assert.False(string.IsNullOrEmpty(line.GetProperty("error").GetString()));
        if (message is not null)
        {
            Assert.Equal(message, line.GetProperty("error").GetString());
        }
    }
}
