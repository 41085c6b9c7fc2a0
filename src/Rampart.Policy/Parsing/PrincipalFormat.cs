using System.Text.RegularExpressions;

namespace Rampart.Policy.Parsing;

/// <summary>Which values each principal type accepts. AWS: <c>*</c>, a 12-digit account ID, or the ARN of an
/// account root, IAM user, IAM role, assumed-role session or federated user (no other wildcards). Service: a service
/// principal name. Federated: a SAML or OIDC provider ARN, or an identity provider's host name. CanonicalUser: a
/// 64-hex-digit Amazon S3 canonical user ID.</summary>
internal static partial class PrincipalFormat
{
    private const string Partition = "aws(-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f|-eusc)?";
    private const string Name = @"[\w+=,.@-]+";

    [GeneratedRegex(
        $@"^(\*|\d{{12}}|arn:{Partition}:iam::\d{{12}}:(root|(user|role)(/{Name})*/{Name})|arn:{Partition}:sts::\d{{12}}:(assumed-role/{Name}/{Name}|federated-user/{Name}))\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex AwsPrincipal();

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+\z", RegexOptions.CultureInvariant)]
    private static partial Regex ServicePrincipal();

    [GeneratedRegex(
        $@"^(arn:{Partition}:iam::\d{{12}}:(saml-provider/{Name}|oidc-provider/[A-Za-z0-9.:/_-]+)|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+)\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex FederatedPrincipal();

    [GeneratedRegex(@"^[0-9a-fA-F]{64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalUser();

    public static bool IsValid(string type, string value) => type switch
    {
        "AWS" => AwsPrincipal().IsMatch(value),
        "Service" => ServicePrincipal().IsMatch(value),
        "Federated" => FederatedPrincipal().IsMatch(value),
        "CanonicalUser" => CanonicalUser().IsMatch(value),
        _ => false,
    };
}
