namespace Rampart.Protocol.Tests;

/// <summary>Every service whose model Rampart embeds, as botocore names it and as its SigV4 scope names it.</summary>
public static class ServedServices
{
    public static TheoryData<string, string> All { get; } = new()
    {
        { "iam", "iam" },
        { "sts", "sts" },
        { "kms", "kms" },
        { "organizations", "organizations" },
        { "wafv2", "wafv2" },
        { "shield", "shield" },
        { "cloudtrail", "cloudtrail" },
        { "acm", "acm" },
        { "guardduty", "guardduty" },
        { "securityhub", "securityhub" },
        { "inspector2", "inspector2" },
        { "artifact", "artifact" },
        { "accessanalyzer", "access-analyzer" },
    };
}
