using Rampart.Iam.Common;

namespace Rampart.Iam.Federation;

/// <summary>An OIDC identity provider as stored.</summary>
/// <param name="Name">The ARN's resource name: the URL without its scheme (HOST/PATH), as GetOpenIDConnectProvider shows it.</param>
/// <param name="IssuerUrl">The URL with its scheme: where the discovery document is fetched, and what tokens' iss claim names.</param>
public sealed record OidcProviderRecord(
    string AccountId,
    string Name,
    string IssuerUrl,
    IReadOnlyList<string> ClientIds,
    IReadOnlyList<string> Thumbprints,
    DateTimeOffset CreateDate,
    IReadOnlyList<IamTag> Tags)
{
    /// <summary>IAM's quotas: client IDs per provider, thumbprints per provider, providers per account.</summary>
    public const int MaxClientIds = 100;
    public const int MaxThumbprints = 5;

    public string Arn => ProviderArn.Of(AccountId, ProviderArn.OidcType, Name);
}
