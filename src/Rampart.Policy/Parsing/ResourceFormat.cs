namespace Rampart.Policy.Parsing;

/// <summary>IAM's checks on a Resource or NotResource value. An ARN is read as
/// <c>arn:partition:service:region:account:resource</c>; missing trailing parts count as <c>*</c>.</summary>
internal static class ResourceFormat
{
    private static readonly HashSet<string> Partitions = new(StringComparer.Ordinal)
    {
        "aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc",
    };

    private static readonly string[] IamResourcePrefixes =
    [
        "user/", "federated-user/", "role/", "group/", "instance-profile/", "mfa/", "server-certificate/", "policy/",
        "sms-mfa/", "saml-provider/", "oidc-provider/", "report/", "access-report/",
    ];

    /// <summary>The legacy parser's check: it rejects a value whose service part is empty, or that uses "::"
    /// without having all six ARN parts. IAM runs it only while no resource has shown a <see cref="Problem"/>.</summary>
    public static bool PassesLegacyParsing(string resource)
    {
        if (resource == "*" || !resource.Contains(':'))
        {
            return true;
        }

        var parts = resource.Split(':');
        return parts.Length >= 3 && parts[2].Length > 0 && (parts.Length >= 6 || !resource.Contains("::", StringComparison.Ordinal));
    }

    /// <summary>The message for the first thing wrong with <paramref name="resource"/>, or null when it is valid.</summary>
    public static string? Problem(string resource)
    {
        if (resource == "*")
        {
            return null;
        }

        var parts = resource.Split(':');
        if (parts.Length < 2)
        {
            return PolicyMessages.ResourceNotArn(resource);
        }

        var partition = parts[1];
        if (!Partitions.Contains(partition))
        {
            return PolicyMessages.PartitionNotValid(
                partition,
                parts.Length > 2 && (parts[2].Length > 0 || parts.Length > 3) ? parts[2] : "*",
                parts.Length > 3 ? parts[3] : "*",
                parts.Length > 4 ? parts[4] : "*",
                parts.Length > 5 ? string.Join(':', parts[5..]) : "*");
        }

        if (parts.Length < 3 || parts[2].AsSpan().IndexOfAny('*', '?') >= 0)
        {
            return PolicyMessages.ResourceVendorNotQualified;
        }

        var service = parts[2];
        var hasRegion = parts.Length < 4 || parts[3].Length > 0;
        if (service == "iam" && hasRegion)
        {
            return PolicyMessages.IamResourceWithRegion(resource);
        }

        if (service == "s3" && hasRegion)
        {
            return PolicyMessages.S3ResourceWithRegion(resource);
        }

        if (service == "iam")
        {
            var path = parts.Length > 5 ? string.Join(':', parts[5..]) : "";
            if (path != "*" && !IamResourcePrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return PolicyMessages.IamResourcePath(IamResourcePrefixes);
            }
        }

        return null;
    }
}
