namespace Rampart.Policy;

/// <summary>Context keys whose value can be derived from the principal when the request context does not set them.</summary>
internal enum DerivedKey
{
    None,
    UserName,
    UserId,
    PrincipalArn,
    PrincipalAccount,
    PrincipalType,
    PrincipalIsAwsService,
    PrincipalServiceName,
}

internal static class DerivedKeys
{
    public static DerivedKey Classify(string key) => key.ToLowerInvariant() switch
    {
        "aws:username" => DerivedKey.UserName,
        "aws:userid" => DerivedKey.UserId,
        "aws:principalarn" => DerivedKey.PrincipalArn,
        "aws:principalaccount" => DerivedKey.PrincipalAccount,
        "aws:principaltype" => DerivedKey.PrincipalType,
        "aws:principalisawsservice" => DerivedKey.PrincipalIsAwsService,
        "aws:principalservicename" => DerivedKey.PrincipalServiceName,
        _ => DerivedKey.None,
    };
}
