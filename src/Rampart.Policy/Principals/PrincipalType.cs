namespace Rampart.Policy;

/// <summary>What kind of caller made a request; it decides which policy types can grant access.</summary>
public enum PrincipalType
{
    /// <summary>The account's root user (<c>arn:aws:iam::ACCOUNT:root</c>).</summary>
    Root,
    /// <summary>An IAM user.</summary>
    User,
    /// <summary>A role session (<c>arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION</c>).</summary>
    AssumedRole,
    /// <summary>A federated user session from GetFederationToken.</summary>
    FederatedUser,
    /// <summary>A caller of AssumeRoleWithWebIdentity; <see cref="PrincipalInfo.Arn"/> is the identity provider (e.g. <c>accounts.google.com</c>).</summary>
    WebIdentity,
    /// <summary>A caller of AssumeRoleWithSAML; <see cref="PrincipalInfo.Arn"/> is the SAML provider ARN.</summary>
    Saml,
    /// <summary>An AWS service principal such as <c>kms.amazonaws.com</c>.</summary>
    Service,
    /// <summary>An unauthenticated request.</summary>
    Anonymous,
}
