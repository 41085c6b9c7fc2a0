using System.Text;

namespace Rampart.Tests.PolicyEval;

/// <summary>Whatever a line holds, it gets exactly one output line: a decision or an error.</summary>
public class PolicyEvalRobustnessTests
{
    private static readonly string[] Samples =
    [
        """{"id": "a", "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/alice/k", "context": {"aws:SourceIp": "10.0.0.1", "aws:TagKeys": ["a", "b"], "s3:max-keys": 10, "aws:SecureTransport": true}, "identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:Get*", "Resource": "arn:aws:s3:::b/${aws:username}/*", "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}, "NumericLessThan": {"s3:max-keys": "20"}}}]}], "permissionsBoundary": {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}}}""",
        """{"principal": "arn:aws:sts::111122223333:assumed-role/r/s", "action": "sts:AssumeRole", "resource": "arn:aws:iam::111122223333:role/r", "resourcePolicyKind": "trust", "resourcePolicy": "{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"111122223333\"}, \"Action\": \"sts:AssumeRole\"}}", "sessionPolicy": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}]}""",
        """{"principal": "*", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "resourceAccount": "111122223333", "resourcePolicy": {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}}, "rcps": [[{"name": "RCPFullAWSAccess", "document": {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}}}]], "scps": [[{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "NotAction": "s3:*", "Resource": "*"}}]]}""",
    ];

    private static readonly string[] Tokens = ["{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "-1e999", "\"*\"", "[]", "{}", "\u00e9", "\u20ac"];

    [Fact]
    public async Task EditedRequestsEachGetOneLine()
    {
        var random = new Random(20261122);
        var lines = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            lines.Add(Edit(Samples[random.Next(Samples.Length)], random));
        }

        var (_, output) = await PolicyEvalRunner.RunAsync([.. lines]);

        var expected = lines.Count(line => !string.IsNullOrWhiteSpace(line));
        Assert.Equal(expected, output.Count);
        Assert.All(output, line => Assert.True(line.TryGetProperty("decision", out _) || line.TryGetProperty("error", out _)));
        Assert.Contains(output, line => line.TryGetProperty("decision", out _));
        Assert.Contains(output, line => line.TryGetProperty("error", out _));
    }

    private static string Edit(string line, Random random)
    {
        var text = new StringBuilder(line);
        for (var edits = random.Next(1, 4); edits > 0 && text.Length > 0; edits--)
        {
            var position = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(position, Math.Min(random.Next(1, 8), text.Length - position));
                    break;
                case 1:
                    text.Insert(position, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2:
                    text[position] = (char)random.Next(0x20, 0x250);
                    break;
                default:
                    text.Insert(position, text.ToString(position, Math.Min(random.Next(1, 30), text.Length - position)));
                    break;
            }
        }

        return text.ToString();
    }
}
