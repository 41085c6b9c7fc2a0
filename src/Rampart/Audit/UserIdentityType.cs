namespace Rampart.Audit;

/// <summary>The values of userIdentity.type in a CloudTrail record; the member names are AWS's spelling.</summary>
public enum UserIdentityType
{
    Root,
    IAMUser,
    AssumedRole,
    FederatedUser,
    WebIdentityUser,
    SAMLUser,
    AWSService,
    AWSAccount,
    Unknown,
}
