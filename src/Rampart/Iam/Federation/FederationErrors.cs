using Rampart.Protocol;

namespace Rampart.Iam.Federation;

/// <summary>STS's errors for tokens and assertions from identity providers, with the codes and statuses of its model.</summary>
public static class FederationErrors
{
    public static AwsException InvalidIdentityToken(string message) => new("InvalidIdentityToken", message, 400);

    public static AwsException IdpRejectedClaim(string message) => new("IDPRejectedClaim", message, 403);

    public static AwsException IdpCommunication(string message) => new("IDPCommunicationError", message, 400);

    public static AwsException ExpiredToken(string message) => new("ExpiredTokenException", message, 400);

    public static AwsException NotValidJwt() =>
        InvalidIdentityToken("The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)");

    public static AwsException NoVerificationKey() =>
        InvalidIdentityToken("Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements");
}
