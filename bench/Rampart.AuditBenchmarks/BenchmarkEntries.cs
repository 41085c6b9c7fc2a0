using System.Text.Json.Nodes;
using Rampart.Audit;
using Rampart.Identity;

namespace Rampart.AuditBenchmarks;

/// <summary>A typical write call as the pipeline reports it: an IAM CreateAccessKey whose response holds a secret
/// the record must redact.</summary>
internal static class BenchmarkEntries
{
    public static AuditEntry CreateAccessKey() => new(
        DateTimeOffset.UtcNow,
        UserIdentity.Of(Principal.Root("123456789012", "AKIAIOSFODNN7EXAMPLE")),
        "iam",
        "CreateAccessKey",
        "us-east-1",
        "127.0.0.1",
        "aws-cli/2.15.0 Python/3.11.6 Linux/6.5 exe/x86_64",
        new JsonObject { ["UserName"] = "alice" },
        new JsonObject
        {
            ["AccessKey"] = new JsonObject
            {
                ["UserName"] = "alice",
                ["AccessKeyId"] = "AKIAI44QH8DHBEXAMPLE",
                ["Status"] = "Active",
                ["SecretAccessKey"] = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
            },
        },
        null,
        Guid.NewGuid().ToString(),
        false,
        "123456789012",
        ["arn:aws:iam::123456789012:user/alice"],
        null);
}
