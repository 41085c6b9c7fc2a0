using Rampart.Protocol;

namespace Rampart.Iam.ServiceCredentials;

/// <summary>The services IAM issues service-specific credentials for: CodeCommit (Git over HTTPS) and Amazon
/// Keyspaces take a user name and password; Amazon Bedrock takes an API key (an alias and a secret) that may expire.</summary>
public static class CredentialServices
{
    public const string CodeCommit = "codecommit.amazonaws.com";
    public const string Keyspaces = "cassandra.amazonaws.com";
    public const string Bedrock = "bedrock.amazonaws.com";

    public static bool IsApiKey(string serviceName) => serviceName == Bedrock;

    public static string Require(string serviceName) => serviceName is CodeCommit or Keyspaces or Bedrock
        ? serviceName
        : throw NotSupported(serviceName);

    public static AwsException NotSupported(string serviceName) =>
        new("NotSupportedService", $"The service {serviceName} is not supported for service-specific credentials.", 404);
}
