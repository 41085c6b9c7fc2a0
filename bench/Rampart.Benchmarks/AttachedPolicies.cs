using System.Globalization;
using System.Text;
using Rampart.Policy;
using Rampart.Policy.Parsing;

namespace Rampart.Benchmarks;

/// <summary>The benchmark's principal and policies: 10 identity policies of 10 statements each (100 in all), every
/// statement with action and resource wildcards and a condition, as a real account's attached policies look.</summary>
internal static class AttachedPolicies
{
    public const string Account = "111122223333";
    public const int PolicyCount = 10;
    public const int StatementsPerPolicy = 10;

    private static readonly string[] Services = ["s3", "ec2", "dynamodb", "sqs", "sns", "lambda", "kms", "logs", "cloudwatch", "ssm"];

    public static PrincipalInfo Principal { get; } = PrincipalInfo.FromArn($"arn:aws:iam::{Account}:user/division/alice");

    public static RequestContext Context() => new RequestContext()
        .Set("aws:SecureTransport", true)
        .Set("aws:SourceIp", "10.1.2.3")
        .Set("aws:PrincipalTag/team", "analytics")
        .Set("aws:RequestedRegion", "eu-west-1")
        .Set("aws:CurrentTime", "2026-06-01T12:00:00Z")
        .Set("aws:TagKeys", ["project", "owner"]);

    /// <summary>The policy named <paramref name="name"/>, whose statements are all about <paramref name="service"/>.</summary>
    public static CompiledPolicy Compile(string name, int service) =>
        CompiledPolicy.Compile(PolicyParser.Parse(Document(Services[service % Services.Length], service), PolicyKind.Identity, name));

    private static string Document(string service, int seed)
    {
        var statements = new StringBuilder();
        for (var i = 0; i < StatementsPerPolicy; i++)
        {
            if (i > 0)
            {
                statements.Append(',');
            }

            statements.Append(Statement(service, seed, i));
        }

        return $$"""{"Version": "2012-10-17", "Statement": [{{statements}}]}""";
    }

    // Each statement has a distinct action prefix, a wildcard resource in the principal's account and one of several
    // condition shapes; the last statement of the s3 policy denies bucket deletion outside a maintenance window.
    private static string Statement(string service, int seed, int index)
    {
        var n = index.ToString(CultureInfo.InvariantCulture);
        var resource = $"arn:aws:{service}:*:{Account}:*resource-{n}*";
        if (service == "s3")
        {
            resource = $"arn:aws:s3:::bucket-{n}-*/${{aws:username}}/*";
        }

        var condition = ((index + seed) % 5) switch
        {
            0 => """{"Bool": {"aws:SecureTransport": "true"}}""",
            1 => """{"IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "192.168.0.0/16"]}}""",
            2 => """{"StringEquals": {"aws:PrincipalTag/team": ["analytics", "platform"]}}""",
            3 => """{"StringLike": {"aws:RequestedRegion": "eu-*"}, "DateLessThan": {"aws:CurrentTime": "2030-01-01T00:00:00Z"}}""",
            _ => """{"ForAllValues:StringEquals": {"aws:TagKeys": ["project", "owner", "cost-center"]}}""",
        };

        if (service == "s3" && index == StatementsPerPolicy - 1)
        {
            return """{"Sid": "NoBucketDeletion", "Effect": "Deny", "Action": ["s3:DeleteBucket*", "s3:PutBucketPolicy"], "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}""";
        }

        return $$"""{"Sid": "S{{n}}", "Effect": "Allow", "Action": ["{{service}}:Get*{{n}}", "{{service}}:List*{{n}}", "{{service}}:Describe?tem{{n}}"], "Resource": "{{resource}}", "Condition": {{condition}}}""";
    }
}
