namespace Rampart.Policy.Tests.Parsing;

/// <summary>Builds policy documents for the tests.</summary>
internal static class PolicyText
{
    public static string Document(string statements, string? version = "2012-10-17")
    {
        var versionMember = version is null ? "" : $"\"Version\": \"{version}\", ";
        return $"{{{versionMember}\"Statement\": [{statements}]}}";
    }

    public const string AllowS3Read = """{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/*"}""";

    public const string AssumeRoleFromAccount =
        """{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"}""";
}
