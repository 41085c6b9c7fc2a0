namespace Rampart.Iam.Federation;

/// <summary>The store collections of identity providers; partition = account ID.</summary>
public static class FederationCollections
{
    /// <summary>OIDC providers keyed by the ARN's resource name (the URL without its scheme: HOST/PATH).</summary>
    public const string OidcProvider = "iam.oidc-provider";

    /// <summary>SAML providers keyed by <see cref="Common.IamName.Key"/> of their name.</summary>
    public const string SamlProvider = "iam.saml-provider";
}
